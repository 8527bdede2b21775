// The page's DOM: elements by id, and how each kind of line reads.
import type { Event, Message } from "./api.js";

/** The element with this id (the page's HTML defines them all). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** A new element with a class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = "",
  text = "",
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}

/** One line of a conversation's log. */
export interface Line {
  /** Where it sorts: the event's seq, or just after the latest for lines
   * that have none (presence, messages not yet stored). */
  order: number;
  /** The stored event's seq, once known. */
  seq?: number;
  kind: "message" | "event" | "presence" | "notice";
  /** The author of a message. */
  who?: string;
  text: string;
  time?: Date;
  /** A message of ours: still being sent, or refused. */
  state?: "pending" | "failed";
  /** Our client message id, while the message is ours to retry. */
  clientMessageId?: string;
  /** A private message. */
  private?: boolean;
  /** For presence lines: whether the user came online. */
  online?: boolean;
}

/** What a stored event that is not a message says. */
export function eventText(event: Event): string {
  const target = event.target;
  const reason = event.reason ? ` (${event.reason})` : "";
  switch (event.kind.case) {
    case "joined":
      return `${event.sender} joined ${event.room}`;
    case "left":
      return `${event.sender} left ${event.room}`;
    case "invited":
      return `${event.sender} invited ${target}`;
    case "kicked":
      return `${event.sender} removed ${target}${reason}`;
    case "banned":
      return `${event.sender} banned ${target}${reason}`;
    case "unbanned":
      return `${event.sender} lifted the ban of ${target}`;
    case "topicSet":
      return event.topic ? `${event.sender} set the topic: ${event.topic}` : `${event.sender} cleared the topic`;
    case "roleChanged":
      return `${event.sender} changed the role of ${target}`;
    case "edited":
      return `${event.sender} edited message #${event.refSeq}`;
    case "deleted":
      return `${event.sender} deleted message #${event.refSeq}`;
    case "reactionAdded":
      return `${event.sender} reacted ${event.reaction} to message #${event.refSeq}`;
    case "reactionRemoved":
      return `${event.sender} took back ${event.reaction} from message #${event.refSeq}`;
    default:
      return `${event.sender} did something this page does not know`;
  }
}

/** A message's text as a line shows it: `(deleted)` once deleted, a
 * reply naming what it answers, `(edited)` and reaction counts where
 * History gave them. */
export function messageText(message: Message): string {
  if (message.deleted) return "(deleted)";
  let text = message.replyToSeq !== undefined ? `[re #${message.replyToSeq}] ${message.text}` : message.text;
  if (message.edited) text += " (edited)";
  if (message.reactions.length) {
    text += ` [${message.reactions.map((r) => `${r.reaction} ${r.count}`).join(", ")}]`;
  }
  return text;
}

/** Who is typing, as the line under the log says it ("" for nobody). */
export function typingText(users: string[]): string {
  if (users.length === 0) return "";
  if (users.length === 1) return `${users[0]} is typing…`;
  if (users.length <= 3) return `${users.slice(0, -1).join(", ")} and ${users[users.length - 1]} are typing…`;
  return `${users.length} people are typing…`;
}

/** What a line's element shows: when it changes, the element is filled
 * again in place (so a screen reader does not hear it as a new line). */
export function signature(line: Line): string {
  return `${line.seq ?? ""}|${line.state ?? ""}|${line.text}`;
}

/** The `<li>` of a line. */
export function lineElement(line: Line): HTMLLIElement {
  return fillLine(el("li"), line);
}

/** Makes `item` show `line`. */
export function fillLine(item: HTMLLIElement, line: Line): HTMLLIElement {
  item.replaceChildren();
  item.className = line.kind;
  delete item.dataset.seq;
  if (line.state) item.classList.add(line.state);
  if (line.private) item.classList.add("private");
  if (line.kind === "presence") item.classList.add(line.online ? "online" : "offline");
  if (line.seq !== undefined) item.dataset.seq = String(line.seq);
  item.dataset.kind = line.kind;
  if (line.time) {
    const time = el("time", "", line.time.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
    time.dateTime = line.time.toISOString();
    item.append(time);
  }
  if (line.kind === "message") {
    item.append(el("span", "who", line.who ?? ""), el("span", "text", line.text), el("span", "state"));
  } else {
    item.append(el("span", "text", line.text));
  }
  return item;
}
