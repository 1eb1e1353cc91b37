#include "model/xml_reader.h"

#include <climits>
#include <cstring>
#include <utility>

namespace oscapvirt::model {

XmlStream::XmlStream(std::string_view xml, XmlReaderReuse* reuse) : reuse_(reuse) {
    if (xml.size() > static_cast<std::size_t>(INT_MAX)) {
        fail({0, "document too large"});
        return;
    }
    // No XML_PARSE_NOENT or DTD loading: a hostile file must not pull in entities or files.
    constexpr int kOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
    const int size = static_cast<int>(xml.size());
    if (reuse_ && reuse_->reader_ &&
        xmlReaderNewMemory(reuse_->reader_.get(), xml.data(), size, nullptr, nullptr, kOptions) ==
            0)
        reader_ = std::move(reuse_->reader_);
    else
        reader_.reset(xmlReaderForMemory(xml.data(), size, nullptr, nullptr, kOptions));
    if (!reader_) {
        fail({0, "cannot create XML reader"});
        return;
    }
    xmlTextReaderSetStructuredErrorHandler(reader_.get(), &XmlStream::on_error, this);
}

XmlStream::~XmlStream() {
    // A reader that failed mid-document is not trusted with the next one.
    if (reuse_ && reader_ && !failed_) {
        xmlTextReaderSetStructuredErrorHandler(reader_.get(), nullptr, nullptr);
        reuse_->reader_ = std::move(reader_);
    }
}

void XmlStream::on_error(void* self, xmlErrorPtr error) {
    if (error == nullptr || error->level < XML_ERR_ERROR) return;
    std::string message = error->message ? error->message : "malformed XML";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    static_cast<XmlStream*>(self)->fail({error->line, message});
}

void XmlStream::fail(ParseError error) {
    if (failed_) return;  // the first error explains the rest
    failed_ = true;
    error_ = std::move(error);
}

bool XmlStream::next_element() {
    if (!reader_ || failed_) return false;
    if (std::exchange(positioned_, false) &&
        xmlTextReaderNodeType(reader_.get()) == XML_READER_TYPE_ELEMENT)
        return true;
    for (;;) {
        const int status = xmlTextReaderRead(reader_.get());
        if (status < 0) fail({0, "malformed XML"});
        if (status != 1 || failed_) return false;
        if (xmlTextReaderNodeType(reader_.get()) == XML_READER_TYPE_ELEMENT) return true;
    }
}

bool XmlStream::skip_subtree() {
    if (!reader_ || failed_) return false;
    const int status = xmlTextReaderNext(reader_.get());
    if (status < 0) fail({0, "malformed XML"});
    positioned_ = status == 1;
    return !failed_;
}

xmlNodePtr XmlStream::expand() {
    if (!reader_ || failed_) return nullptr;
    xmlNodePtr node = xmlTextReaderExpand(reader_.get());
    if (node == nullptr) fail({0, "malformed XML"});
    return failed_ ? nullptr : node;
}

int XmlStream::depth() const { return reader_ ? xmlTextReaderDepth(reader_.get()) : -1; }

std::string_view XmlStream::name() const {
    const xmlChar* name = reader_ ? xmlTextReaderConstLocalName(reader_.get()) : nullptr;
    return name ? std::string_view(reinterpret_cast<const char*>(name)) : std::string_view();
}

std::string XmlStream::attribute(const char* name) const {
    XmlString value(xmlTextReaderGetAttribute(reader_.get(), BAD_CAST name));
    return value ? reinterpret_cast<const char*>(value.get()) : "";
}

std::string attr(xmlNodePtr node, const char* name) {
    XmlString value(xmlGetNoNsProp(node, BAD_CAST name));
    return value ? reinterpret_cast<const char*>(value.get()) : "";
}

bool has_attr(xmlNodePtr node, const char* name) {
    return xmlHasNsProp(node, BAD_CAST name, nullptr) != nullptr;
}

std::string text_of(xmlNodePtr node) {
    XmlString value(xmlNodeGetContent(node));
    return value ? reinterpret_cast<const char*>(value.get()) : "";
}

// libvirt's XPath queries ('./devices/disk') match only elements in no namespace: a
// <x:disk xmlns:x=...> is metadata to it, not a disk.
bool is_element(xmlNodePtr node, const char* name) {
    return node && node->type == XML_ELEMENT_NODE && node->ns == nullptr &&
           std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

xmlNodePtr first_child(xmlNodePtr node, const char* name) {
    for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next)
        if (is_element(child, name)) return child;
    return nullptr;
}

}  // namespace oscapvirt::model
