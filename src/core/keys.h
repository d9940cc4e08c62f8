#pragma once

#include <array>
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

// The SIMD passes look for a key by three letters in any case: every key ends in "code" or is
// "result" ("ode" ends at the key's last byte; "sul" is bytes 2..4 of "result").
constexpr bool everyKeyHasAnAnchor()
{
    for (const CodeKey &k : codeKeys) {
        const std::string_view n = k.name;
        const bool code = n.size() >= 4 && equalsIgnoringCase(n.substr(n.size() - 4), "code");
        const bool result = equalsIgnoringCase(n, "result");
        if (!code && !result)
            return false;
    }
    return true;
}
static_assert(everyKeyHasAnAnchor(), "a key the SIMD passes cannot find: teach candidatescan its anchor");
static_assert(ShortestKey == 4 && LongestKey == 17, "the scanners test key lengths 4..17");

} // namespace ekyc::keys
