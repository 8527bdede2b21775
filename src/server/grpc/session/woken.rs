//! A Chat session's client frames, looked at only once they may have
//! moved.
//!
//! A session waits on its client's frames and on its feed in one select,
//! so every delivery polls the client's stream too, though the client sent
//! nothing: through tonic's decoder, hyper's body and h2's stream lock,
//! each time. Here the inner stream gets a waker of its own, which notes
//! that it was woken before it wakes the session; the inner stream is
//! polled only after such a wake (or after it last had something: more
//! may be buffered behind it, with no wake to say so).

use std::{
    future::poll_fn,
    pin::Pin,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex, PoisonError,
    },
    task::{Context, Poll, Wake, Waker},
};

use futures_util::Stream;
use tonic::Status;

use crate::server::last_waker::LastWaker;

/// A stream of `Result<T, Status>` (tonic's `Streaming`), polled only
/// when it has asked to be.
pub(crate) struct Woken<S> {
    inner: S,
    signal: Arc<Signal>,
    /// What the inner stream is polled with: a waker of `signal`.
    waker: Waker,
    /// The session's waker last put in `signal`.
    registered: LastWaker,
}

/// Whether the inner stream was woken, and whom that wakes.
struct Signal {
    woken: AtomicBool,
    /// The session's task. A mutex rather than an `AtomicWaker`: waking an
    /// `AtomicWaker` takes the waker out of it, so a session that saw the
    /// wake before the waker was taken would have to register again, and
    /// could lose that registration to the take. The lock is taken when
    /// the client sends something and when the session's waker changes,
    /// not at every poll.
    session: Mutex<Option<Waker>>,
}

impl Signal {
    fn session(&self) -> std::sync::MutexGuard<'_, Option<Waker>> {
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Wake for Signal {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.woken.store(true, Ordering::Release);
        if let Some(session) = self.session().as_ref() {
            session.wake_by_ref();
        }
    }
}

impl<T, S> Woken<S>
where
    S: Stream<Item = Result<T, Status>> + Unpin,
{
    pub(crate) fn new(inner: S) -> Self {
        let signal = Arc::new(Signal {
            // Never polled yet: look at it first time round.
            woken: AtomicBool::new(true),
            session: Mutex::new(None),
        });
        Self {
            inner,
            waker: Waker::from(signal.clone()),
            signal,
            registered: LastWaker::default(),
        }
    }

    /// The next frame; `Ok(None)` once the client has half-closed. As
    /// tonic's `Streaming::message`, and as cancel-safe.
    pub(crate) async fn message(&mut self) -> Result<Option<T>, Status> {
        poll_fn(|cx| self.poll_message(cx)).await
    }

    /// The next frame if one is here now, without registering to be woken
    /// (the session's select did that); `None` if there is none.
    pub(crate) fn try_message(&mut self) -> Option<Result<Option<T>, Status>> {
        match self.poll_inner() {
            Poll::Ready(message) => Some(message),
            Poll::Pending => None,
        }
    }

    fn poll_message(&mut self, cx: &mut Context<'_>) -> Poll<Result<Option<T>, Status>> {
        if self.registered.changed(cx.waker()) {
            *self.signal.session() = Some(cx.waker().clone());
        }
        self.poll_inner()
    }

    fn poll_inner(&mut self) -> Poll<Result<Option<T>, Status>> {
        if !self.signal.woken.swap(false, Ordering::AcqRel) {
            return Poll::Pending;
        }
        let mut cx = Context::from_waker(&self.waker);
        let Poll::Ready(next) = Pin::new(&mut self.inner).poll_next(&mut cx) else {
            return Poll::Pending;
        };
        // More may be buffered behind it, with no wake to say so.
        self.signal.woken.store(true, Ordering::Release);
        Poll::Ready(next.transpose())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;
    use tokio::sync::mpsc;
    use tokio_stream::wrappers::UnboundedReceiverStream;

    type Frames = Woken<UnboundedReceiverStream<Result<u32, Status>>>;

    fn frames() -> (mpsc::UnboundedSender<Result<u32, Status>>, Frames) {
        let (sender, receiver) = mpsc::unbounded_channel();
        (sender, Woken::new(UnboundedReceiverStream::new(receiver)))
    }

    /// A session's task, as far as its waker goes: counts its wakes.
    #[derive(Default)]
    struct Task(AtomicUsize);

    impl Wake for Task {
        fn wake(self: Arc<Self>) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    fn task() -> (Arc<Task>, Waker) {
        let task = Arc::new(Task::default());
        (task.clone(), Waker::from(task))
    }

    fn wakes(task: &Task) -> usize {
        task.0.load(Ordering::SeqCst)
    }

    fn code(polled: Poll<Result<Option<u32>, Status>>) -> Poll<Result<Option<u32>, tonic::Code>> {
        polled.map(|message| message.map_err(|status| status.code()))
    }

    #[test]
    fn a_frame_sent_while_waiting_wakes_the_waiter_and_is_taken() {
        let (sender, mut frames) = frames();
        let (task, waker) = task();
        let mut cx = Context::from_waker(&waker);
        assert!(frames.poll_message(&mut cx).is_pending(), "nothing sent");
        // Not woken: polling again does not look at the inner stream.
        assert!(frames.poll_message(&mut cx).is_pending());
        assert_eq!(wakes(&task), 0);
        sender.send(Ok(7)).expect("send");
        assert_eq!(wakes(&task), 1, "the frame woke the session");
        assert_eq!(code(frames.poll_message(&mut cx)), Poll::Ready(Ok(Some(7))));
        assert!(frames.poll_message(&mut cx).is_pending());
    }

    #[test]
    fn frames_buffered_behind_one_are_all_taken_without_a_wake() {
        let (sender, mut frames) = frames();
        for n in 0..3 {
            sender.send(Ok(n)).expect("send");
        }
        drop(sender);
        let (task, waker) = task();
        let mut cx = Context::from_waker(&waker);
        assert_eq!(code(frames.poll_message(&mut cx)), Poll::Ready(Ok(Some(0))));
        let next = |frames: &mut Frames| frames.try_message().map(|m| m.map_err(|s| s.code()));
        assert_eq!(next(&mut frames), Some(Ok(Some(1))));
        assert_eq!(next(&mut frames), Some(Ok(Some(2))));
        assert_eq!(next(&mut frames), Some(Ok(None)), "half-closed");
        assert_eq!(wakes(&task), 0);
    }

    #[test]
    fn a_look_that_finds_nothing_does_not_lose_the_next_wake() {
        let (sender, mut frames) = frames();
        let (task, waker) = task();
        let mut cx = Context::from_waker(&waker);
        // Registered by a wait, then looked at without registering (as
        // the session's command batching does): the wait's waker must
        // still be the one woken, by the next frame and the one after.
        sender.send(Ok(1)).expect("send");
        assert_eq!(code(frames.poll_message(&mut cx)), Poll::Ready(Ok(Some(1))));
        assert!(frames.try_message().is_none(), "nothing more yet");
        assert!(frames.try_message().is_none(), "still nothing");
        sender.send(Err(Status::data_loss("cut"))).expect("send");
        assert_eq!(wakes(&task), 1);
        assert_eq!(
            code(frames.poll_message(&mut cx)),
            Poll::Ready(Err(tonic::Code::DataLoss))
        );
    }

    #[test]
    fn a_new_task_polling_is_the_one_woken() {
        let (sender, mut frames) = frames();
        let (first, first_waker) = task();
        let (second, second_waker) = task();
        assert!(frames
            .poll_message(&mut Context::from_waker(&first_waker))
            .is_pending());
        assert!(frames
            .poll_message(&mut Context::from_waker(&second_waker))
            .is_pending());
        sender.send(Ok(3)).expect("send");
        assert_eq!((wakes(&first), wakes(&second)), (0, 1));
    }
}
