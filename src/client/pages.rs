//! Listings that come in pages (ListRooms, ListMembers), read to the end:
//! each helper follows `next_page_token` and answers as if the server had
//! sent everything in one response, so a caller shows every room however
//! many there are, without ever asking for more than a page at once.

use tonic::{Response, Status};

use crate::{client::Client, pb};

/// The page size the helpers ask for: the largest the server gives, so a
/// listing takes as few round trips as it can.
pub const PAGE: u32 = 1000;

/// Every room, in name order, over as many ListRooms calls as it takes.
pub async fn all_rooms(client: &mut Client) -> Result<Response<pb::ListRoomsResponse>, Status> {
    let mut all = pb::ListRoomsResponse::default();
    let mut page_token = String::new();
    loop {
        let request = pb::ListRoomsRequest {
            page_token,
            limit: PAGE,
        };
        let page = client.list_rooms(request).await?.into_inner();
        all.rooms.extend(page.rooms);
        if page.next_page_token.is_empty() {
            return Ok(Response::new(all));
        }
        page_token = page.next_page_token;
    }
}

/// Every member of `room`, in name order, over as many ListMembers calls
/// as it takes.
pub async fn all_members(
    client: &mut Client,
    room: &str,
) -> Result<Response<pb::ListMembersResponse>, Status> {
    let mut all = pb::ListMembersResponse::default();
    let mut page_token = String::new();
    loop {
        let request = pb::ListMembersRequest {
            room: room.to_owned(),
            page_token,
            limit: PAGE,
        };
        let page = client.list_members(request).await?.into_inner();
        all.members.extend(page.members);
        if page.next_page_token.is_empty() {
            return Ok(Response::new(all));
        }
        page_token = page.next_page_token;
    }
}
