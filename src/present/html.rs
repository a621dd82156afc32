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

/// An HTML document being written.
#[derive(Debug, Default)]
pub struct Html(String);

/// An attribute: name and value (`""` for a boolean attribute such as `hidden`).
pub type Attr<'a> = (&'a str, &'a str);

impl Html {
    pub fn new() -> Self {
        Html(String::with_capacity(1024))
    }

    /// `<tag name="value"…>`; attribute names are the code's own literals.
    pub fn open(&mut self, tag: &str, attrs: &[Attr<'_>]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape(value, &mut self.0);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(text, &mut self.0);
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
        self.0.push_str(html);
        self
    }

    pub fn finish(self) -> String {
        self.0
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
    fn elements_nest() {
        let mut h = Html::new();
        h.wrap("ul", &[], |h| {
            h.el("li", &[("hidden", "")], "un");
        });
        assert_eq!(h.finish(), "<ul><li hidden=\"\">un</li></ul>");
    }
}
