#include "model/storage_pool.h"

#include "model/xml_reader.h"

namespace oscapvirt::model {
namespace {

void parse_source(xmlNodePtr source, StoragePool& pool) {
    for (xmlNodePtr node = source ? source->children : nullptr; node; node = node->next) {
        if (is_element(node, "host"))
            pool.hosts.push_back(attr(node, "name"));
        else if (is_element(node, "format"))
            pool.source_format = attr(node, "type");
        else if (is_element(node, "name"))
            pool.source_name = text_of(node);
        else if (is_element(node, "dir") || is_element(node, "device"))
            pool.source_path = attr(node, "path");
        else if (is_element(node, "auth")) {
            pool.auth_type = attr(node, "type");
            // <auth> without a type is still a declared credential; keep it visible as such.
            if (pool.auth_type.empty()) pool.auth_type = "unspecified";
        }
    }
}

}  // namespace

Parsed<StoragePool> parse_storage_pool_xml(std::string_view xml) {
    XmlStream stream(xml);
    if (!stream.next_element()) {
        if (const ParseError* error = stream.error()) return *error;
        return ParseError{0, "empty document"};
    }
    if (stream.name() != "pool") return ParseError{0, "root element is not <pool>"};
    xmlNodePtr node = stream.expand();
    if (!node) return *stream.error();
    StoragePool pool;
    pool.type = attr(node, "type");
    if (xmlNodePtr name = first_child(node, "name")) pool.name = text_of(name);
    parse_source(first_child(node, "source"), pool);
    if (xmlNodePtr path = first_child(first_child(node, "target"), "path"))
        pool.target_path = text_of(path);
    while (stream.next_element()) stream.skip_subtree();
    if (const ParseError* error = stream.error()) return *error;
    if (pool.name.empty()) return ParseError{0, "pool has no <name>"};
    return pool;
}

}  // namespace oscapvirt::model
