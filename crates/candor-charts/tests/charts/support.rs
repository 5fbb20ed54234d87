//! Test helpers: snapshot comparison, a strict little XML checker, and a
//! deterministic pseudo-random generator (the crate takes no dependencies).

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// Compares `actual` with `tests/snapshots/{name}.svg`, or rewrites the file
/// when `UPDATE_SNAPSHOTS=1`. Every snapshot is also checked for validity.
pub fn assert_snapshot(name: &str, actual: &str) {
    assert_valid(actual);
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "snapshots",
        &format!("{name}.svg"),
    ]
    .iter()
    .collect();
    if std::env::var("UPDATE_SNAPSHOTS").as_deref() == Ok("1") {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("create snapshot dir");
        }
        std::fs::write(&path, actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; run with UPDATE_SNAPSHOTS=1 to create it",
            path.display()
        )
    });
    if expected == actual {
        return;
    }
    let (mut exp_lines, mut act_lines) = (expected.lines(), actual.lines());
    for line_no in 1.. {
        let (e, a) = (exp_lines.next(), act_lines.next());
        if e != a {
            panic!(
                "snapshot {name} differs at line {line_no}\n expected: {}\n   actual: {}\n(UPDATE_SNAPSHOTS=1 to accept)",
                e.unwrap_or("<end of file>"),
                a.unwrap_or("<end of output>")
            );
        }
        if e.is_none() {
            panic!("snapshot {name} differs only in trailing newlines");
        }
    }
}

/// One start tag with its attributes.
#[derive(Debug)]
pub struct Element {
    pub name: String,
    pub attrs: HashMap<String, String>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.get(name).map(String::as_str)
    }
    pub fn num(&self, name: &str) -> f64 {
        let v = self
            .attr(name)
            .unwrap_or_else(|| panic!("{} has no {name}", self.name));
        v.parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a number"))
    }
    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split(' ').any(|c| c == class))
    }
}

/// Parses the output strictly enough to prove it is well-formed: balanced,
/// properly nested tags; a single root; quoted, unique attributes; no raw
/// `<`, `>` or `&` in text or attribute values except valid entities.
pub fn parse(svg: &str) -> Result<Vec<Element>, String> {
    let (mut stack, mut elements, mut roots) = (Vec::<String>::new(), Vec::new(), 0);
    let mut rest = svg;
    while let Some(lt) = rest.find('<') {
        check_text(&rest[..lt], stack.is_empty())?;
        let after = &rest[lt + 1..];
        let gt = tag_end(after)?;
        let tag = &after[..gt];
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().ok_or_else(|| format!("unexpected </{name}>"))?;
            if open != name {
                return Err(format!("<{open}> closed by </{name}>"));
            }
        } else {
            let self_closing = tag.ends_with('/');
            let body = tag.strip_suffix('/').unwrap_or(tag);
            let (name, attrs) = body.split_once(' ').unwrap_or((body, ""));
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(format!("bad tag name in <{tag}>"));
            }
            roots += usize::from(stack.is_empty());
            if !self_closing {
                stack.push(name.to_owned());
            }
            elements.push(Element {
                name: name.to_owned(),
                attrs: parse_attrs(attrs)?,
            });
        }
        rest = &after[gt + 1..];
    }
    check_text(rest, true)?;
    match (stack.last(), roots) {
        (Some(open), _) => Err(format!("<{open}> never closed")),
        (None, 1) => Ok(elements),
        (None, n) => Err(format!("{n} root elements")),
    }
}

/// Index of the `>` ending a tag, refusing a `<` before it.
fn tag_end(s: &str) -> Result<usize, String> {
    let mut in_quotes = false;
    for (i, c) in s.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            '>' if !in_quotes => return Ok(i),
            '<' => return Err(format!("'<' inside tag near {:?}", &s[..i])),
            _ => {}
        }
    }
    Err("unterminated tag".to_owned())
}

fn check_text(text: &str, outside_root: bool) -> Result<(), String> {
    if outside_root && !text.trim().is_empty() {
        return Err(format!("text outside the root: {text:?}"));
    }
    if text.contains('>') {
        return Err(format!("raw '>' in text {text:?}"));
    }
    check_entities(text)
}

fn check_entities(s: &str) -> Result<(), String> {
    for (i, _) in s.match_indices('&') {
        let tail = &s[i..];
        let ok = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
            .iter()
            .any(|e| tail.starts_with(e));
        if !ok {
            return Err(format!("raw '&' in {s:?}"));
        }
    }
    Ok(())
}

fn parse_attrs(mut s: &str) -> Result<HashMap<String, String>, String> {
    let mut attrs = HashMap::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return Ok(attrs);
        }
        let (name, tail) = s
            .split_once("=\"")
            .ok_or_else(|| format!("unquoted attribute in {s:?}"))?;
        let (value, tail) = tail
            .split_once('"')
            .ok_or_else(|| format!("unterminated value in {s:?}"))?;
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ':')
        {
            return Err(format!("bad attribute name {name:?}"));
        }
        if value.contains(['<', '>']) {
            return Err(format!("raw '<' or '>' in attribute {name}={value:?}"));
        }
        check_entities(value)?;
        if attrs.insert(name.to_owned(), value.to_owned()).is_some() {
            return Err(format!("duplicate attribute {name}"));
        }
        s = tail;
    }
}

const NUMERIC_ATTRS: [&str; 13] = [
    "x", "y", "dx", "dy", "width", "height", "cx", "cy", "r", "x1", "x2", "y1", "y2",
];

/// Well-formed, no `NaN`/`inf`, numbers with ≤ 2 decimals, and the ids named
/// by `aria-labelledby` exist and are sanitised.
pub fn assert_valid(svg: &str) {
    let elements = parse(svg).unwrap_or_else(|e| panic!("malformed SVG ({e}):\n{svg}"));
    assert!(
        !svg.contains("NaN") && !svg.contains("inf"),
        "non-finite number in:\n{svg}"
    );
    let root = &elements[0];
    assert_eq!(root.name, "svg");
    assert_eq!(root.attr("role"), Some("img"));
    let ids: HashSet<&str> = elements.iter().filter_map(|e| e.attr("id")).collect();
    let labelled_by = root.attr("aria-labelledby").expect("aria-labelledby");
    for id in labelled_by.split(' ').chain(root.attr("id")) {
        assert!(ids.contains(id), "aria-labelledby names missing id {id}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "unsanitised id {id:?}"
        );
    }
    for e in &elements {
        for (name, value) in &e.attrs {
            if NUMERIC_ATTRS.contains(&name.as_str()) && value != "100%" {
                assert_number(value);
            }
        }
        if let Some(d) = e.attr("d") {
            d.split([' ', 'M', 'L'])
                .filter(|s| !s.is_empty())
                .for_each(assert_number);
        }
    }
}

fn assert_number(s: &str) {
    let v: f64 = s
        .parse()
        .unwrap_or_else(|_| panic!("{s:?} is not a number"));
    assert!(v.is_finite(), "{s} is not finite");
    let decimals = s.split_once('.').map_or(0, |(_, d)| d.len());
    assert!(decimals <= 2, "{s} has more than two decimals");
}

/// Knuth's MMIX linear congruential generator: enough variety for smoke
/// tests, and reproducible from the seed.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}
