//! A small HTML writer: every text and attribute value is escaped, so the screens can be
//! rendered as strings by plain functions (one code path for every screen, which keeps the
//! WebAssembly small) without any risk of markup injection.

/// Escapes text for use inside an element or a double-quoted attribute.
pub fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// An HTML document being written. A *tracking* writer also keeps the document's skeleton (the
/// HTML without the texts and attributes written by [`Html::value`] and [`Html::value_attrs`])
/// and those values in document order, so a page can update a region in place when only the
/// values changed instead of parsing it again.
#[derive(Debug, Default)]
pub struct Html {
    out: String,
    tracking: bool,
    skeleton: String,
    values: Vec<Value>,
}

/// A value of a tracked region that may change while its skeleton stays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// The text of a `[data-v]` element.
    Text(String),
    /// The varying attributes of a `[data-va]` element, as (name, value).
    Attrs(Vec<(&'static str, String)>),
}

/// A rendered region: its HTML, and when tracked, its skeleton and values.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rendered {
    pub html: String,
    pub skeleton: Option<String>,
    /// In document order of the `[data-v]` (text) and `[data-va]` (attributes) elements.
    pub values: Vec<Value>,
}

/// An attribute: name and value (`""` for a boolean attribute such as `hidden`).
pub type Attr<'a> = (&'a str, &'a str);

fn open_tag(out: &mut String, tag: &str, attrs: &[Attr<'_>]) {
    out.push('<');
    out.push_str(tag);
    for (name, value) in attrs {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        escape(value, out);
        out.push('"');
    }
    out.push('>');
}

impl Html {
    pub fn new() -> Self {
        Html { out: String::with_capacity(1024), ..Html::default() }
    }

    /// A writer that also records the skeleton and the values (see [`Rendered`]).
    pub fn tracking() -> Self {
        Html { tracking: true, ..Html::new() }
    }

    fn both(&mut self, f: impl Fn(&mut String)) {
        f(&mut self.out);
        if self.tracking {
            f(&mut self.skeleton);
        }
    }

    /// `<tag name="value"…>`; attribute names are the code's own literals.
    pub fn open(&mut self, tag: &str, attrs: &[Attr<'_>]) -> &mut Self {
        self.both(|o| open_tag(o, tag, attrs));
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.both(|o| {
            o.push_str("</");
            o.push_str(tag);
            o.push('>');
        });
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.both(|o| escape(text, o));
        self
    }

    /// `<tag … data-v>text</tag>`: a text that may change while the skeleton stays.
    pub fn value(&mut self, tag: &str, attrs: &[Attr<'_>], text: &str) -> &mut Self {
        let mut all = attrs.to_vec();
        all.push(("data-v", ""));
        self.open(tag, &all);
        escape(text, &mut self.out);
        if self.tracking {
            self.values.push(Value::Text(text.to_owned()));
        }
        self.close(tag)
    }

    /// `<tag … data-va name="value"…>`: attributes that may change while the skeleton stays.
    pub fn value_attrs(&mut self, tag: &str, attrs: &[Attr<'_>], varying: &[(&'static str, String)]) -> &mut Self {
        let mut all = attrs.to_vec();
        all.push(("data-va", ""));
        let names: Vec<Attr<'_>> = varying.iter().map(|(n, _)| (*n, "")).collect();
        let with_values: Vec<Attr<'_>> = varying.iter().map(|(n, v)| (*n, v.as_str())).collect();
        open_tag(&mut self.out, tag, &[all.as_slice(), with_values.as_slice()].concat());
        if self.tracking {
            open_tag(&mut self.skeleton, tag, &[all.as_slice(), names.as_slice()].concat());
            self.values.push(Value::Attrs(varying.to_vec()));
        }
        self
    }

    /// `<tag …>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[Attr<'_>], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// `<tag …>` … `</tag>` around what `inner` writes.
    pub fn wrap(&mut self, tag: &str, attrs: &[Attr<'_>], inner: impl FnOnce(&mut Html)) -> &mut Self {
        self.open(tag, attrs);
        inner(self);
        self.close(tag)
    }

    /// HTML this module wrote itself (a rendered fragment).
    pub fn raw(&mut self, html: &str) -> &mut Self {
        self.both(|o| o.push_str(html));
        self
    }

    pub fn finish(self) -> String {
        self.out
    }

    pub fn finish_parts(self) -> Rendered {
        Rendered { html: self.out, skeleton: self.tracking.then_some(self.skeleton), values: self.values }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut h = Html::new();
        h.el("p", &[("title", "a \"b\" <c>")], "x < y & 'z'");
        assert_eq!(h.finish(), "<p title=\"a &quot;b&quot; &lt;c&gt;\">x &lt; y &amp; &#39;z&#39;</p>");
    }

    #[test]
    fn a_tracking_writer_separates_the_skeleton_from_the_values() {
        let render = |net: &str, y: u32| {
            let mut h = Html::tracking();
            h.wrap("p", &[], |h| {
                h.text("Net : ").value("strong", &[], net);
            });
            h.value_attrs("rect", &[("x", "0")], &[("y", y.to_string())]).close("rect");
            h.finish_parts()
        };
        let (a, b) = (render("1 097,89 €", 10), render("1 266,80 €", 12));
        assert_eq!(a.skeleton, b.skeleton);
        assert_ne!(a.html, b.html);
        assert_eq!(b.values, [Value::Text("1 266,80 €".into()), Value::Attrs(vec![("y", "12".into())])]);
        assert_eq!(b.html, "<p>Net : <strong data-v=\"\">1 266,80 €</strong></p><rect x=\"0\" data-va=\"\" y=\"12\"></rect>");
    }

    #[test]
    fn elements_nest() {
        let mut h = Html::new();
        h.wrap("ul", &[], |h| {
            h.el("li", &[("hidden", "")], "un");
        });
        assert_eq!(h.finish(), "<ul><li hidden=\"\">un</li></ul>");
    }
}
