#pragma once

#include <QByteArray>
#include <QList>

#include <algorithm>

/**
 * A forgiving lexer over JSON text, so mutations can cut at token and value boundaries instead of
 * only at random bytes (random bytes mostly produce inputs the JSON parser rejects at once and
 * never reach the codec behind it). It never fails: bytes it does not understand become
 * one-byte Other tokens.
 */
class JsonTokens
{
public:
    enum class Kind { Punct, String, Number, Literal, Other };

    struct Token
    {
        Kind kind;
        qsizetype begin; // byte offsets into the text, [begin, end)
        qsizetype end;
        char punct; // the character for Punct tokens, 0 otherwise
    };

    explicit JsonTokens(const QByteArray &text)
    {
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (i < n) {
            const char c = text.at(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                ++i;
            } else if (c == '"') {
                qsizetype j = i + 1;
                while (j < n && text.at(j) != '"')
                    j += text.at(j) == '\\' ? 2 : 1;
                j = std::min(j + 1, n);
                m_tokens.append({Kind::String, i, j, 0});
                i = j;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                qsizetype j = i + 1;
                while (j < n && isNumberChar(text.at(j)))
                    ++j;
                m_tokens.append({Kind::Number, i, j, 0});
                i = j;
            } else if (c >= 'a' && c <= 'z') {
                qsizetype j = i + 1;
                while (j < n && text.at(j) >= 'a' && text.at(j) <= 'z')
                    ++j;
                m_tokens.append({Kind::Literal, i, j, 0});
                i = j;
            } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',') {
                m_tokens.append({Kind::Punct, i, i + 1, c});
                ++i;
            } else {
                m_tokens.append({Kind::Other, i, i + 1, 0});
                ++i;
            }
        }
    }

    const QList<Token> &tokens() const { return m_tokens; }
    qsizetype size() const { return m_tokens.size(); }
    const Token &at(qsizetype index) const { return m_tokens.at(index); }

    /** True if token @p index is an object key (a string followed by ':'). */
    bool isKey(qsizetype index) const
    {
        return at(index).kind == Kind::String && index + 1 < size() && at(index + 1).punct == ':';
    }

    /** True if token @p index starts a value (a non-key scalar, an object or an array). */
    bool startsValue(qsizetype index) const
    {
        const Token &t = at(index);
        if (t.kind == Kind::String)
            return !isKey(index);
        return t.kind == Kind::Number || t.kind == Kind::Literal || t.punct == '{'
            || t.punct == '[';
    }

    /** Index of the last token of the value starting at @p index (its closing bracket for
     *  containers; the last token when the brackets never balance, as in truncated text). */
    qsizetype valueLast(qsizetype index) const
    {
        const char open = at(index).punct;
        if (open != '{' && open != '[')
            return index;
        int depth = 0;
        for (qsizetype i = index; i < size(); ++i) {
            const char p = at(i).punct;
            if (p == '{' || p == '[')
                ++depth;
            else if ((p == '}' || p == ']') && --depth == 0)
                return i;
        }
        return size() - 1;
    }

    /** Indices of every token for which @p predicate holds. */
    template <typename Predicate> QList<qsizetype> indicesWhere(Predicate predicate) const
    {
        QList<qsizetype> out;
        for (qsizetype i = 0; i < size(); ++i) {
            if (predicate(i))
                out.append(i);
        }
        return out;
    }

private:
    static bool isNumberChar(char c)
    {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }

    QList<Token> m_tokens;
};
