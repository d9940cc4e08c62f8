// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "codeindex.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace ekyc {

namespace {

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

bool isShortUnsignedNumber(std::string_view text)
{
    if (text.empty() || text.size() > 3)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

size_t tableSizeFor(size_t count)
{
    size_t size = 16;
    while (size < count * 4)
        size *= 2;
    return size;
}

} // namespace

CodeIndex::CodeIndex(const Catalog &catalog)
    : m_catalog(catalog)
{
    for (const QString &category : catalog.categories())
        m_categories.push_back(category.toUtf8());
    build(m_categoryTable, m_categories);

    QHash<QString, int> ids;
    for (const CodeEntry &entry : catalog.entries()) {
        int id = ids.value(entry.code, -1);
        if (id < 0) {
            id = int(m_codes.size());
            ids.insert(entry.code, id);
            Code code;
            code.text = entry.code.toUtf8();
            code.name = entry.code;
            code.dotted = code.text.contains('.');
            m_codes.push_back(code);
        }
        m_codes[size_t(id)].products |= productBit(entry.product);
        if (entry.billable)
            m_codes[size_t(id)].billable |= productBit(entry.product);
    }
    const ProductMask common = productBit(Product::Common);
    for (Code &code : m_codes) {
        code.impliesNothing = isCategory(view(code.text)) || isShortUnsignedNumber(view(code.text));
        code.selfIdentifying = code.dotted && !(code.products & common) && (code.products & ~common);
        m_codeKeys.push_back(code.text);
    }
    build(m_codeTable, m_codeKeys);

    for (Product p : AllProducts) {
        for (const QString &action : catalog.product(p).actions) {
            m_actions.push_back(action.toUtf8());
            m_actionTexts.push_back(action);
            m_actionProducts.push_back(productIndex(p));
        }
    }
    m_productActionCount = int(m_actions.size());
    for (const QString &action : catalog.otherActions()) {
        m_actions.push_back(action.toUtf8());
        m_actionTexts.push_back(action);
        m_actionProducts.push_back(-1);
    }
    build(m_actionTable, m_actions);
    m_minActionLength = m_actions.empty() ? 0 : m_actions.front().size();
    for (size_t i = 0; i < m_actions.size(); ++i) {
        m_minActionLength = std::min(m_minActionLength, m_actions[i].size());
        m_maxActionLength = std::max(m_maxActionLength, m_actions[i].size());
    }
}

// Eight bytes at a time, not one: every word of a candidate line that may be a name is looked up
// (an action name is 15–35 bytes), and a byte-by-byte hash was a twentieth of a log of eKYC
// lines (docs/performance.md, session 16). Collisions only cost a comparison.
std::uint32_t CodeIndex::hashOf(std::string_view text)
{
    constexpr std::uint64_t K = 0x9E3779B97F4A7C15ull;
    const char *p = text.data();
    size_t n = text.size();
    std::uint64_t h = n * K;
    for (; n >= 8; n -= 8, p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * K;
        h ^= h >> 29;
    }
    if (n > 0) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ w) * K;
        h ^= h >> 29;
    }
    h *= K;
    return std::uint32_t(h >> 32) | 1u; // 0 marks an empty slot
}

void CodeIndex::build(Table &table, const std::vector<QByteArray> &keys)
{
    table.cells.assign(tableSizeFor(keys.size()), Slot());
    const size_t mask = table.cells.size() - 1;
    for (size_t id = 0; id < keys.size(); ++id) {
        const std::string_view text = view(keys[id]);
        const std::uint32_t h = hashOf(text);
        size_t i = h & mask;
        while (table.cells[i].hash != 0)
            i = (i + 1) & mask;
        table.cells[i] = Slot{h, int(id)};
        const auto first = static_cast<unsigned char>(text.empty() ? 0 : text[0]);
        table.firstBytes[first >> 6] |= std::uint64_t(1) << (first & 63);
        const auto last = static_cast<unsigned char>(text.empty() ? 0 : text.back());
        table.lastBytes[last >> 6] |= std::uint64_t(1) << (last & 63);
        table.lengths |= std::uint64_t(1) << std::min<size_t>(text.size(), 63);
    }
}

int CodeIndex::lookup(const Table &table, std::string_view text, const std::vector<QByteArray> &keys) const
{
    if (!table.mayHold(text))
        return -1;
    const std::uint32_t h = hashOf(text);
    const size_t mask = table.cells.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot &slot = table.cells[i];
        if (slot.hash == 0)
            return -1;
        if (slot.hash == h && view(keys[size_t(slot.id)]) == text)
            return slot.id;
    }
}

int CodeIndex::find(std::string_view text) const
{
    return lookup(m_codeTable, text, m_codeKeys);
}

bool CodeIndex::isCategory(std::string_view text) const
{
    return lookup(m_categoryTable, text, m_categories) >= 0;
}

int CodeIndex::actionProduct(std::string_view word) const
{
    const int id = actionId(word);
    return id < 0 ? -1 : m_actionProducts[size_t(id)];
}

int CodeIndex::actionId(std::string_view word) const
{
    if (qsizetype(word.size()) < m_minActionLength || qsizetype(word.size()) > m_maxActionLength)
        return -1;
    return lookup(m_actionTable, word, m_actions);
}

const keys::CodeKey *CodeIndex::codeKey(std::string_view word)
{
    if (word.size() > keys::LongestKey || !(keys::KeyLengths >> word.size() & 1) || !keys::isKeyLastLetter(word.back()))
        return nullptr;
    for (const keys::CodeKey &key : keys::codeKeys) {
        if (keys::equalsIgnoringCase(word, key.name))
            return &key;
    }
    return nullptr;
}

bool CodeIndex::isCodeKey(std::string_view word, bool *plainCode)
{
    const keys::CodeKey *key = codeKey(word);
    if (key)
        *plainCode = key->plainCode;
    return key != nullptr;
}

} // namespace ekyc
