//! Properties of the stored format: whatever a user can record survives a save and a load, and no
//! input, however mangled, makes decoding panic.

mod common;

use clientwise_core::model::{ClientId, Settings, Thresholds};
use clientwise_core::storage::codec::{decode_client, encode_client, stored_version};
use clientwise_core::storage::migrate::CURRENT_VERSION;
use clientwise_core::storage::{MemoryStore, Repo, backup};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_client_round_trips_through_its_stored_form(client in common::client(7, 12), rev in 1_u64..1_000_000) {
        let raw = encode_client(&client, rev);
        prop_assert_eq!(stored_version(&raw), Some(u64::from(CURRENT_VERSION)));
        let (back, back_rev) = decode_client(&raw, ClientId(7)).expect("decodes");
        prop_assert_eq!(back_rev, rev);
        prop_assert_eq!(back.next_entry_id(), client.next_entry_id());
        prop_assert_eq!(back, client);
    }

    #[test]
    fn backup_then_restore_is_the_identity(
        a in common::client(1, 6),
        b in common::client(2, 6),
        owner in ".*",
        limits in (0_u16..60, 0_u16..60, 0_u16..60, 1_u16..1000),
    ) {
        let thresholds = Thresholds {
            slow_answer_days: limits.0,
            grace_days: limits.1,
            slow_approval_days: limits.2,
            half_life_days: limits.3,
        };
        let settings = Settings { owner_name: owner, business: "Studio".into(), thresholds };
        let clients = vec![a, b];
        let raw = backup::encode(&clients, Some(&settings), "2026-11-23T10:00:00Z");
        let restored = backup::decode(&raw).expect("decodes");
        prop_assert_eq!(restored.clients, clients);
        prop_assert_eq!(restored.settings, Some(settings));
    }

    #[test]
    fn the_repository_returns_what_it_saved(clients in proptest::collection::vec(common::client(0, 5), 0..5)) {
        let (mut repo, _) = Repo::open(MemoryStore::default());
        let mut saved = Vec::new();
        for mut client in clients {
            // Ids come from the repository, as in the app.
            let id = repo.new_client_id();
            let raw = encode_client(&client, 1).replace("\"id\":0,", &format!("\"id\":{},", id.0));
            client = decode_client(&raw, id).expect("re-keyed").0;
            repo.save_client(&client).expect("saves");
            saved.push(client);
        }
        let (_, snapshot) = Repo::open(repo.store_mut().clone());
        prop_assert_eq!(snapshot.clients, saved);
        prop_assert!(snapshot.problems.is_empty());
    }

    #[test]
    fn mangled_records_never_panic(client in common::client(3, 4), cut in 0.0_f64..1.0, byte in any::<u8>()) {
        let raw = encode_client(&client, 1);
        let mut bytes = raw.into_bytes();
        let at = ((bytes.len() as f64) * cut) as usize;
        if at < bytes.len() {
            bytes[at] = byte;
        }
        let mangled = String::from_utf8_lossy(&bytes);
        let _ = decode_client(&mangled, ClientId(3));
        let _ = backup::decode(&mangled);
        let truncated: String = mangled.chars().take(at).collect();
        let _ = decode_client(&truncated, ClientId(3));
    }

    #[test]
    fn arbitrary_text_never_panics(raw in ".{0,400}") {
        let _ = decode_client(&raw, ClientId(1));
        let _ = backup::decode(&raw);
    }
}
