//! The page's entry point.

fn main() {
    clientwise::mount();
}
