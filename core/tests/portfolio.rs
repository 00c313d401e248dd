//! Properties of the dashboard's figures over any set of clients: the Pareto curve climbs from 0
//! to 100%, names the fewest clients that make up most of the trouble, and sorting only reorders.

mod common;

use chrono::NaiveDate;
use clientwise_core::model::Thresholds;
use clientwise_core::portfolio::{self, SortKey, VITAL_SHARE};
use clientwise_core::scoring::assess;
use proptest::prelude::*;

fn today() -> NaiveDate {
    common::day(4000)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_pareto_curve_climbs_to_the_whole(clients in proptest::collection::vec(common::client(1, 8), 1..8)) {
        let th = Thresholds::DEFAULT;
        let rows: Vec<_> = clients
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut c = c.clone();
                c.id = clientwise_core::model::ClientId(i as u32 + 1);
                portfolio::row(&c, &assess(&c, &th, today()), 3, 3, today())
            })
            .collect();
        let p = portfolio::pareto(&rows);
        prop_assert_eq!(p.points.len(), rows.len());
        // The same curve from references to the rows, as the dashboard passes them.
        let refs: Vec<_> = rows.iter().collect();
        prop_assert_eq!(&portfolio::pareto(&refs), &p);
        let mut last = (0.0, 0.0, 0.0);
        for point in &p.points {
            prop_assert!(point.trouble + 1e-9 >= last.0);
            prop_assert!(point.revenue + 1e-9 >= last.1);
            prop_assert!(point.hours + 1e-9 >= last.2);
            last = (point.trouble, point.revenue, point.hours);
        }
        let total: u32 = rows.iter().map(|r| r.trouble).sum();
        if total > 0 {
            prop_assert!((last.0 - 1.0).abs() < 1e-9);
            // The named few are the first clients of the curve, and just enough of them.
            let n = p.vital_few.len();
            prop_assert!(n >= 1);
            let named: Vec<_> = p.points[..n].iter().map(|x| x.id).collect();
            prop_assert_eq!(&named, &p.vital_few);
            prop_assert!(p.points[n - 1].trouble + 1e-9 >= VITAL_SHARE);
            if n > 1 {
                prop_assert!(p.points[n - 2].trouble < VITAL_SHARE);
            }
        } else {
            prop_assert!(p.vital_few.is_empty());
        }

        for key in [
            SortKey::Risk,
            SortKey::Trouble,
            SortKey::Name,
            SortKey::Revenue12m,
            SortKey::RevenueAll,
            SortKey::Hours,
            SortKey::HourlyRate,
            SortKey::Outstanding,
            SortKey::Waiting,
            SortKey::ExtraRounds,
        ] {
            let mut sorted = rows.clone();
            portfolio::sort(&mut sorted, key);
            let mut a: Vec<_> = sorted.iter().map(|r| r.id).collect();
            let mut b: Vec<_> = rows.iter().map(|r| r.id).collect();
            a.sort();
            b.sort();
            prop_assert_eq!(a, b);
            // Each row comes before the next, and names run A to Z whatever their case.
            for pair in sorted.windows(2) {
                prop_assert!(portfolio::compare(&pair[0], &pair[1], key).is_lt());
                if key == SortKey::Name {
                    prop_assert!(pair[0].name.to_lowercase() <= pair[1].name.to_lowercase());
                }
            }
        }
    }
}
