// The main of every test executable: runs the test named by the first argument (testmain.h).
#include "testmain.h"

#include <QtTest>

#ifdef RP_TEST_GUI
#include <QApplication>
#endif

#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    const auto &tests = rptest::registry();
    const auto test = argc >= 2 ? tests.find(QString::fromLocal8Bit(argv[1])) : tests.end();
    if (test == tests.end()) {
        std::fprintf(stderr, "usage: %s TEST [Qt Test options]; TEST is one of:\n", argv[0]);
        for (const auto &entry : tests)
            std::fprintf(stderr, "  %s\n", qPrintable(entry.first));
        return 2;
    }
    // Qt Test sees the arguments after the test's name.
    std::vector<char *> args{argv[0]};
    args.insert(args.end(), argv + 2, argv + argc);
    int count = int(args.size());
#ifdef RP_TEST_GUI
    QApplication app(count, args.data());
    app.setAttribute(Qt::AA_Use96Dpi, true);
#else
    QCoreApplication app(count, args.data());
#endif
    const std::unique_ptr<QObject> object(test->second());
    return QTest::qExec(object.get(), count, args.data());
}
