// SPDX-FileCopyrightText: 2026 ekyc-codes contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <array>
#include <cstdint>
#include <string_view>

// The vocabulary of the rules (docs/classification.md, sections 2.2 and R2/R3), defined once:
// the code-field keys, how Tencent Cloud spells them, and the words that give a line eKYC
// context. The exact scanner, the prefilter's SIMD passes and the tests derive from this.
namespace ekyc::keys {

struct CodeKey
{
    std::string_view name; // as Tencent Cloud writes it
    bool plainCode;        // the key "Code": a numeric value under it is a status, not ours
    bool givesContext;     // a key that only eKYC responses carry (R3 a), whatever its value
};

inline constexpr std::array<CodeKey, 7> codeKeys = {{
    {"Code", true, false},
    {"ErrorCode", false, false},
    {"ErrCode", false, false},
    {"Result", false, false},
    {"LivenessErrorCode", false, true},
    {"LiveErrorCode", false, true},
    {"CompareErrorCode", false, true},
}};

// Whole words that give their logical line or record eKYC context (R3 a). Those marked
// `bothSpellings` match as written or with a lower-case first letter (R2's two spellings);
// the others only as written.
struct ContextWord
{
    std::string_view name;
    bool bothSpellings;
};
inline constexpr std::array<ContextWord, 3> contextWords = {{
    {"BizToken", true},
    {"SdkToken", true},
    {"faceid", false},
}};

// The key whose value identifies a response for --dedupe request-id (any letter case).
inline constexpr std::string_view requestIdKey = "RequestId";

constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c; }

constexpr bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

// R2: as listed, or with a lower-case first letter.
constexpr bool isTencentSpelling(std::string_view word, std::string_view name)
{
    if (word.size() != name.size() || word.empty())
        return false;
    if (word[0] != name[0] && word[0] != lower(name[0]))
        return false;
    return word.substr(1) == name.substr(1);
}

constexpr size_t shortestKey()
{
    size_t n = codeKeys[0].name.size();
    for (const CodeKey &k : codeKeys)
        n = k.name.size() < n ? k.name.size() : n;
    return n;
}
constexpr size_t longestKey()
{
    size_t n = 0;
    for (const CodeKey &k : codeKeys)
        n = k.name.size() > n ? k.name.size() : n;
    return n;
}
inline constexpr size_t ShortestKey = shortestKey();
inline constexpr size_t LongestKey = longestKey();

// Quick tests before comparing a word with every key: its length and its last letter.
constexpr std::uint64_t keyLengths()
{
    std::uint64_t mask = 0;
    for (const CodeKey &k : codeKeys)
        mask |= std::uint64_t(1) << k.name.size();
    return mask;
}
inline constexpr std::uint64_t KeyLengths = keyLengths();
constexpr bool isKeyLastLetter(char c)
{
    for (const CodeKey &k : codeKeys) {
        if (lower(k.name.back()) == lower(c))
            return true;
    }
    return false;
}
static_assert(LongestKey < 64, "KeyLengths is a 64-bit mask");

// How the prefilter's SIMD passes (candidatescan*.cpp) find a key: by the *stem* it ends in, in
// any letter case, as a whole word or joined after one of the letters `joinedAfter`
// ("ErrorCode", "ErrCode": 'r' before "code"). A pass compares three letters of the stem from `anchor` on
// ("ode" of "code", "sul" of "result"), then the bytes around them; a key's position in a pass
// is the position of its anchor. Each kernel asserts that it implements these stems.
struct KeyStem
{
    std::string_view name; // lower case
    size_t anchor;         // the first of the three letters compared
    std::string_view joinedAfter; // lower-case letters that may stand before the stem inside a key
};
inline constexpr std::array<KeyStem, 2> keyStems = {{
    {"code", 1, "r"},
    {"result", 2, ""},
}};
inline constexpr size_t AnchorLength = 3;

// The stem a key is found by (an index into keyStems), or -1.
constexpr int stemOf(std::string_view key)
{
    for (size_t s = 0; s < keyStems.size(); ++s) {
        const std::string_view stem = keyStems[s].name;
        if (key.size() < stem.size() || !equalsIgnoringCase(key.substr(key.size() - stem.size()), stem))
            continue;
        if (key.size() == stem.size()
            || keyStems[s].joinedAfter.find(lower(key[key.size() - stem.size() - 1])) != std::string_view::npos)
            return int(s);
    }
    return -1;
}
constexpr bool everyKeyHasAStem()
{
    for (const CodeKey &k : codeKeys) {
        if (stemOf(k.name) < 0)
            return false;
    }
    for (const KeyStem &s : keyStems) {
        if (s.anchor + AnchorLength > s.name.size())
            return false;
    }
    return true;
}
static_assert(everyKeyHasAStem(), "a key the SIMD passes cannot find: give it a stem in keyStems");

// The plain key ("Code", whose numeric values are statuses) is a stem as a whole word: the wide
// passes drop `"code":<digit>` by its stem.
constexpr int plainStem()
{
    for (const CodeKey &k : codeKeys) {
        if (k.plainCode)
            return k.name.size() == keyStems[size_t(stemOf(k.name))].name.size() ? stemOf(k.name) : -2;
    }
    return -1;
}
inline constexpr int PlainStem = plainStem();
static_assert(PlainStem >= 0, "the plain key must be one of keyStems as a whole word");

// How far before its anchor a key may start (the GB18030 look-back of the AVX-512 pass).
constexpr size_t longestReachBeforeAnchor()
{
    size_t n = 0;
    for (const CodeKey &k : codeKeys) {
        const KeyStem &s = keyStems[size_t(stemOf(k.name))];
        const size_t reach = k.name.size() - s.name.size() + s.anchor;
        n = reach > n ? reach : n;
    }
    return n;
}

} // namespace ekyc::keys
