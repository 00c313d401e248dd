//! What can be asked of a session (`Command`), and what handling it changed (`Changes`).

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::import::SavedMapping;
use crate::import::plan::Plan as ImportPlan;
use crate::model::{Client, ClientId, EntryBody, EntryId, InterventionKind, Parting, Settings};
use crate::storage::Plan as RestorePlan;
use crate::storage::WriteError;
use crate::storage::restore::Applied;

/// Every change to the record, and every event from outside that changes what this tab holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A client typed into the new-client form; it gets its id now.
    AddClient(Client),
    /// The profile (everything but the log and the parting) edited in the client form, put
    /// onto the client as it is now, so entries logged meanwhile (in another tab) are kept.
    EditProfile {
        id: ClientId,
        profile: Client,
    },
    DeleteClient(ClientId),
    AddEntry {
        client: ClientId,
        body: EntryBody,
    },
    EditEntry {
        client: ClientId,
        entry: EntryId,
        body: EntryBody,
    },
    DeleteEntry {
        client: ClientId,
        entry: EntryId,
    },
    /// A message the user sent (or will send), logged as an intervention dated today.
    MarkSent {
        client: ClientId,
        kind: InterventionKind,
        text: String,
    },
    /// Starts parting ways, with the reason the verdict points to.
    StartParting(ClientId),
    /// The parting checklist as the user has just changed it.
    EditParting {
        client: ClientId,
        parting: Parting,
    },
    SaveSettings(Settings),
    /// How often the backup reminder shows (0 turns a trigger off).
    SetReminderEvery {
        changes: u16,
        days: u16,
    },
    SnoozeReminder,
    /// A backup has just been downloaded.
    BackupTaken,
    /// The example clients, written in `lang`, added beside the user's own.
    LoadExamples(Lang),
    Restore(RestorePlan),
    Import(ImportPlan),
    UndoImport(u32),
    RememberMapping(SavedMapping),
    ChooseLanguage(Lang),
    /// Another tab changed `key` (`None`: it cleared all of the site's data).
    OtherTabChanged(Option<String>),
    /// Resolves a conflict by saving this tab's version as a copy named `copy_name`, then
    /// taking the other tab's.
    KeepBoth {
        client: ClientId,
        copy_name: String,
    },
    /// Resolves a conflict by taking the other tab's version.
    UseOtherVersion(ClientId),
    /// The user has read what loading found wrong with this record (an index into `problems`).
    DismissProblem(usize),
    DismissWriteError,
    DismissClearedElsewhere,
    /// Put the "storage almost full" warning off for this session.
    DismissUsageWarning,
    /// The calendar has moved on to `day`.
    NewDay(NaiveDate),
}

/// What a write the command asked for came to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing was to be written (an unknown client, a change that changes nothing).
    #[default]
    Nothing,
    Saved,
    /// Refused; the in-memory record keeps the change (see `Session::write_error`) unless the
    /// refusal is a conflict, which is listed in `Session::conflicts`.
    Refused(WriteError),
}

/// What handling a command changed, so the shell updates exactly that.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    /// Clients added or changed in this tab's record: read them again.
    pub clients: Vec<ClientId>,
    /// Clients gone from this tab's record.
    pub removed: Vec<ClientId>,
    pub settings: bool,
    /// Anything the banners and the header show: problems, the last refused write, conflicts,
    /// the space used and its warning, the backup reminder, read-only, the "Saved." count.
    pub status: bool,
    pub today: bool,
    pub language: bool,
    pub mappings: bool,
    pub outcome: Outcome,
    /// The first change worth keeping was saved: ask the browser to keep the data.
    pub ask_to_persist: bool,
    /// What a restore did (for `Command::Restore`).
    pub restored: Option<Applied>,
}

impl Changes {
    /// Whether the write the command asked for is stored.
    pub fn saved(&self) -> bool {
        self.outcome == Outcome::Saved
    }

    pub(super) fn client(&mut self, id: ClientId) {
        if !self.clients.contains(&id) {
            self.clients.push(id);
        }
        self.removed.retain(|r| *r != id);
    }

    pub(super) fn remove(&mut self, id: ClientId) {
        self.clients.retain(|c| *c != id);
        if !self.removed.contains(&id) {
            self.removed.push(id);
        }
    }
}
