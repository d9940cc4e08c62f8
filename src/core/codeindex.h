// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "catalog.h"
#include "keys.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ekyc {

// A bitmask of products (bit i = Product i).
using ProductMask = std::uint8_t;
inline ProductMask productBit(Product p) { return ProductMask(1u << productIndex(p)); }

// The catalog prepared for scanning bytes: every distinct code gets a small id, with
// the tables it stands in and their billing. Built once per run; read-only afterwards,
// so scanner threads share it.
class CodeIndex
{
public:
    struct Code
    {
        QByteArray text;          // UTF-8
        QString name;             // the same as reports hold it (shared: no copy per report)
        ProductMask products = 0; // tables that list the code
        ProductMask billable = 0; // tables where it is billed
        bool dotted = false;
        bool impliesNothing = false; // a bare category name or a 1-3 digit number: never implies a product
        // A dotted code that a product table has and the common table does not: an eKYC code
        // by its shape alone (R3), counted wherever it stands.
        bool selfIdentifying = false;
    };

    explicit CodeIndex(const Catalog &catalog);

    // The id of a known code, or -1. Case-sensitive.
    int find(std::string_view text) const;
    const Code &code(int id) const { return m_codes[size_t(id)]; }
    int codeCount() const { return int(m_codes.size()); }

    bool isCategory(std::string_view text) const;
    // The product of an action name, or -1 (no action, or another service's).
    int actionProduct(std::string_view word) const;
    // Actions: the products' (ids 0..productActionCount()-1), then other services' (R4).
    int actionId(std::string_view word) const; // -1: not an action name
    int actionCount() const { return int(m_actions.size()); }
    int productActionCount() const { return m_productActionCount; }
    bool isOtherAction(int id) const { return id >= m_productActionCount; }
    int productOfAction(int id) const { return m_actionProducts[size_t(id)]; } // -1: another service's
    const QByteArray &actionName(int id) const { return m_actions[size_t(id)]; }
    const QString &actionText(int id) const { return m_actionTexts[size_t(id)]; } // actionName() as reports hold it
    // The code field key `word` is, in any letter case, or null.
    static const keys::CodeKey *codeKey(std::string_view word);
    // Whether `word` is a code field key, case-insensitively.
    static bool isCodeKey(std::string_view word, bool *plainCode);

    const Catalog &catalog() const { return m_catalog; }
    // Lengths of the shortest and longest action name, to skip most words without hashing.
    qsizetype minActionLength() const { return m_minActionLength; }
    qsizetype maxActionLength() const { return m_maxActionLength; }

private:
    struct Slot
    {
        std::uint32_t hash = 0;
        int id = -1;
    };
    // An open-addressing hash table, and which first and last bytes and lengths its keys have: most
    // words of a log are turned away by these bit tests before any hashing.
    struct Table
    {
        std::vector<Slot> cells;
        std::uint64_t firstBytes[4] = {};
        std::uint64_t lastBytes[4] = {};
        std::uint64_t lengths = 0; // bit n: a key of n bytes (bit 63: 63 or more)
        bool mayHold(std::string_view text) const
        {
            const auto first = static_cast<unsigned char>(text.empty() ? 0 : text[0]);
            const auto last = static_cast<unsigned char>(text.empty() ? 0 : text.back());
            return (firstBytes[first >> 6] >> (first & 63) & 1) && (lastBytes[last >> 6] >> (last & 63) & 1)
                && (lengths >> std::min<size_t>(text.size(), 63) & 1);
        }
    };
    static std::uint32_t hashOf(std::string_view text);
    int lookup(const Table &table, std::string_view text, const std::vector<QByteArray> &keys) const;
    static void build(Table &table, const std::vector<QByteArray> &keys);

    Catalog m_catalog;
    std::vector<Code> m_codes;
    std::vector<QByteArray> m_codeKeys;
    Table m_codeTable;
    std::vector<QByteArray> m_categories;
    Table m_categoryTable;
    std::vector<QByteArray> m_actions;
    std::vector<QString> m_actionTexts;
    std::vector<int> m_actionProducts;
    int m_productActionCount = 0;
    Table m_actionTable;
    qsizetype m_minActionLength = 0;
    qsizetype m_maxActionLength = 0;
};

} // namespace ekyc
