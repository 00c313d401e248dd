//! Small word helpers every language module shares.

/// `text` with its first letter capitalised (`tom` → `Tom`, `ärsyttää` → `Ärsyttää`).
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "A, B and C" with the language's `and`.
pub(crate) fn and_list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(capitalised("ärsyttää"), "Ärsyttää");
        assert_eq!(capitalised(""), "");
        let items = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
        assert_eq!(and_list(&items, "és"), "A, B és C");
        assert_eq!(and_list(&items[..1], "és"), "A");
        assert_eq!(and_list(&[], "és"), "");
    }
}
