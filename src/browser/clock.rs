//! The clock: the one place the app reads the date. `App` reads today once at start and then
//! follows the calendar with `watch_date`; everything else gets the day from the store, so a test
//! can fix it and a page left open past midnight moves on to the new day.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use chrono::NaiveDate;
use leptos::prelude::{set_timeout, window_event_listener};

/// Today's date on the user's clock, in their time zone.
pub fn local_today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The current instant as ISO 8601 in UTC, for stamping backups.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// How long until the local calendar turns to the next day, plus a little: a timer that fires a
/// few milliseconds early would otherwise still read yesterday.
fn until_next_day() -> Duration {
    let now = js_sys::Date::new_0();
    // The Date constructor rolls day 32 into the next month and settles daylight-saving days,
    // including zones whose clocks skip midnight itself.
    let next = js_sys::Date::new_with_year_month_day(
        now.get_full_year(),
        now.get_month() as i32,
        now.get_date() as i32 + 1,
    );
    let ms = next.get_time() - now.get_time() + 500.0;
    // Never a busy loop, never more than a day (a clock set back while the timer waits).
    Duration::from_millis(ms.clamp(1_000.0, 86_400_000.0) as u64)
}

/// While a change is put off, how often to offer it again.
const RETRY: Duration = Duration::from_secs(60);

/// Calls `on_new_day(day)` when the local date is no longer the one last taken, which starts as
/// `today`. The date is checked at each local midnight, and whenever the page is shown again or
/// the window takes focus, because timers are held back in background tabs and while the machine
/// sleeps. `on_new_day` returns false to put the change off (the user is typing); it is then
/// offered again a minute later.
pub fn watch_date(today: NaiveDate, on_new_day: impl Fn(NaiveDate) -> bool + 'static) {
    let watch = Rc::new(Watch {
        taken: Cell::new(today),
        retrying: Cell::new(false),
        on_new_day: Box::new(on_new_day),
    });
    at_midnight(Rc::clone(&watch));
    // The handles are dropped: the listeners stay for the life of the page.
    let on_focus = Rc::clone(&watch);
    let _ = window_event_listener(leptos::ev::focus, move |_| on_focus.check());
    let on_show = Rc::clone(&watch);
    let _ = window_event_listener(leptos::ev::pageshow, move |_| on_show.check());
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| watch.check());
}

struct Watch {
    taken: Cell<NaiveDate>,
    /// A retry is already waiting.
    retrying: Cell<bool>,
    on_new_day: Box<dyn Fn(NaiveDate) -> bool>,
}

impl Watch {
    /// Offers today's date if it is new, and if it is put off, offers it again later.
    fn check(self: &Rc<Self>) {
        let today = local_today();
        if today == self.taken.get() {
            return;
        }
        if (self.on_new_day)(today) {
            self.taken.set(today);
        } else if !self.retrying.replace(true) {
            let watch = Rc::clone(self);
            set_timeout(
                move || {
                    watch.retrying.set(false);
                    watch.check();
                },
                RETRY,
            );
        }
    }
}

/// Checks the date just after the next local midnight, and so on every night.
fn at_midnight(watch: Rc<Watch>) {
    set_timeout(
        move || {
            watch.check();
            at_midnight(watch);
        },
        until_next_day(),
    );
}
