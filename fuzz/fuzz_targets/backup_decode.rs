//! Any bytes given to the backup decoder: it never panics, and whatever it accepts survives an
//! encode and a second decode unchanged, and plans a restore without panicking.
#![no_main]

use clientwise_core::model::{Client, ClientId, Settings};
use clientwise_core::storage::backup;
use clientwise_core::storage::restore::plan;
use clientwise_core::storage::RestoreMode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(decoded) = backup::decode(text) else {
        return;
    };
    let again = backup::encode(&decoded.clients, decoded.settings.as_ref(), &decoded.exported_at);
    let round = backup::decode(&again).expect("what was accepted encodes to something accepted");
    assert_eq!(round, decoded, "a backup changes on a round trip");
    let here = [Client::new(ClientId(1), "Ada"), Client::new(ClientId(2), "Bolt")];
    for mode in [RestoreMode::Merge, RestoreMode::Replace] {
        let _ = plan(&here, &Settings::default(), decoded.clone(), mode);
    }
});
