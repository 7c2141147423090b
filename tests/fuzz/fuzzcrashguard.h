#pragma once

#include <QByteArray>

#include <csignal>
#include <cstring>
#include <unistd.h>

/**
 * Names the input on stderr when a parser crashes on it. A crash ends the process before any
 * QFAIL can print the seed, so the handler writes target, seed, iteration and the start of the
 * input itself (async-signal-safe: fixed buffers, write(2)), then hands the signal on to the
 * handler that was there before (Qt Test's, which prints the test function and data row).
 */
class FuzzCrashGuard
{
public:
    /** Installs the handlers once; call it from initTestCase(), after Qt Test installed its own. */
    static void install()
    {
        static bool installed = false;
        if (installed)
            return;
        installed = true;
        for (int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) {
            struct sigaction action;
            std::memset(&action, 0, sizeof action);
            action.sa_sigaction = &FuzzCrashGuard::onSignal;
            // On the alternate stack Qt Test set up, so a stack overflow can still be reported.
            action.sa_flags = SA_SIGINFO | SA_ONSTACK;
            sigemptyset(&action.sa_mask);
            sigaction(signal, &action, &state().previous[signal]);
        }
    }

    /** Marks @p input as the input under test until the scope ends. */
    class Scope
    {
    public:
        Scope(const QByteArray &target, quint32 seed, int iteration, const QByteArray &input)
            : m_target(target)
        {
            State &s = state();
            s.target = m_target.constData();
            s.seed = seed;
            s.iteration = iteration;
            s.input = input.constData();
            s.inputSize = input.size();
            s.armed = true;
        }
        ~Scope() { state().armed = false; }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QByteArray m_target;
    };

private:
    struct State
    {
        volatile sig_atomic_t armed = 0;
        const char *target = nullptr;
        quint32 seed = 0;
        int iteration = 0;
        const char *input = nullptr;
        qsizetype inputSize = 0;
        struct sigaction previous[NSIG] = {};
    };

    static State &state()
    {
        static State s;
        return s;
    }

    static void put(const char *text) { (void)!::write(STDERR_FILENO, text, std::strlen(text)); }

    static void putNumber(long long value)
    {
        char digits[24];
        int n = 0;
        const bool negative = value < 0;
        unsigned long long v
            = negative ? 0ull - (unsigned long long)value : (unsigned long long)value;
        do {
            digits[n++] = char('0' + v % 10);
            v /= 10;
        } while (v != 0);
        char out[26];
        int o = 0;
        if (negative)
            out[o++] = '-';
        while (n > 0)
            out[o++] = digits[--n];
        out[o] = 0;
        put(out);
    }

    static void putEscaped(const char *data, qsizetype size)
    {
        static const char hex[] = "0123456789abcdef";
        char buffer[4 * 1024 + 8];
        int o = 0;
        for (qsizetype i = 0; i < size && o < int(sizeof buffer) - 8; ++i) {
            const unsigned char c = static_cast<unsigned char>(data[i]);
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                buffer[o++] = char(c);
            } else {
                buffer[o++] = '\\';
                buffer[o++] = 'x';
                buffer[o++] = hex[c >> 4];
                buffer[o++] = hex[c & 0xf];
            }
        }
        buffer[o] = 0;
        put(buffer);
    }

    static void onSignal(int signal, siginfo_t *, void *)
    {
        State &s = state();
        if (s.armed) {
            put("\nFUZZ CRASH (signal ");
            putNumber(signal);
            put(") in ");
            put(s.target ? s.target : "?");
            put(": seed ");
            putNumber(s.seed);
            put(", iteration ");
            putNumber(s.iteration);
            put(", input of ");
            putNumber(s.inputSize);
            put(" bytes (first 1024, escaped):\n");
            putEscaped(s.input, s.inputSize < 1024 ? s.inputSize : 1024);
            put("\n");
        }
        // Hand over: with the previous handler back in place, the re-raised signal reaches it
        // as soon as this handler returns (a faulting instruction would also fault again).
        sigaction(signal, &s.previous[signal], nullptr);
        raise(signal);
    }
};
