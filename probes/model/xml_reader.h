#pragma once
// The one place libxml2 documents are read: streaming, no network, no entity expansion.
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include <memory>
#include <string>
#include <string_view>

#include "model/parse_error.h"

namespace oscapvirt::model {

struct XmlReaderDeleter {
    void operator()(xmlTextReaderPtr reader) const { xmlFreeTextReader(reader); }
};
using XmlReaderPtr = std::unique_ptr<xmlTextReader, XmlReaderDeleter>;

struct XmlCharDeleter {
    void operator()(xmlChar* text) const { xmlFree(text); }
};
using XmlString = std::unique_ptr<xmlChar, XmlCharDeleter>;

// A reader handed from one document to the next: reading thousands of small domain files,
// libxml2's setup of a fresh reader per file costs about a third of the parse (tests/bench).
class XmlReaderReuse {
    friend class XmlStream;
    XmlReaderPtr reader_;
};

// A streaming reader over `xml` that records the first error instead of printing it. With
// `reuse`, it takes the reader kept there (if any) and gives it back when done.
class XmlStream {
public:
    explicit XmlStream(std::string_view xml, XmlReaderReuse* reuse = nullptr);
    ~XmlStream();
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;

    // Advances to the next element start; false at the end or on error.
    bool next_element();
    // Skips the current element's subtree without building it.
    bool skip_subtree();
    // The current element's subtree as a DOM node owned by the stream.
    xmlNodePtr expand();
    int depth() const;
    std::string_view name() const;
    std::string attribute(const char* name) const;
    // The error that stopped the stream, if any.
    const ParseError* error() const { return failed_ ? &error_ : nullptr; }
    void fail(ParseError error);

private:
    static void on_error(void* self, xmlErrorPtr error);
    XmlReaderPtr reader_;
    XmlReaderReuse* reuse_ = nullptr;
    ParseError error_;
    bool failed_ = false;
    bool positioned_ = false;  // skip_subtree already moved to the following node
};

// DOM helpers over an expanded subtree.
std::string attr(xmlNodePtr node, const char* name);
bool has_attr(xmlNodePtr node, const char* name);
std::string text_of(xmlNodePtr node);
bool is_element(xmlNodePtr node, const char* name);
xmlNodePtr first_child(xmlNodePtr node, const char* name);

}  // namespace oscapvirt::model
