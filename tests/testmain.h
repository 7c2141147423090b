#pragma once

// Tests that link the same libraries share one executable (tests/CMakeLists.txt, rp_add_test):
// each test file registers its Qt Test class under its own name with RP_TEST, and the shared
// main (testmain.cpp) runs the one named first on the command line, so that CTest still runs
// each as its own test ("tst_unit_rp_core tst_geo -v2").

#include <QObject>
#include <QString>

#include <functional>
#include <map>

namespace rptest {

using Factory = std::function<QObject *()>;

inline std::map<QString, Factory> &registry()
{
    static std::map<QString, Factory> tests;
    return tests;
}

struct Registration
{
    Registration(const char *name, Factory factory)
    {
        registry().emplace(QString::fromLatin1(name), std::move(factory));
    }
};

} // namespace rptest

/** Registers test class @p Class as @p name (the file's name: "tst_geo"). */
#define RP_TEST(Class, name)                                                                       \
    static const rptest::Registration rpTestRegistration##Class(                                   \
        name, [] { return static_cast<QObject *>(new Class); });
