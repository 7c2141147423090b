#pragma once

// Test fixture for the console's integration tests: a real `regionalpodsd --demo` with its
// agents (ComplianceDaemon) and a whole console window connected to it, as an operator has it.
#include "gui/compliancedaemon.h"

#include "models/consolecontroller.h"
#include "models/eventstream.h"
#include "ui/consoletheme.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTest>

#include <memory>

struct DemoConsole
{
    /** Starts the daemon, waits for its fleet, and opens a 1600×1000 console on it; false
     *  when any of it did not come up (the daemon's log says why). */
    bool open()
    {
        ConsoleTheme::apply(*qApp);
        if (!env.start() || !QTest::qWaitFor([this] { return env.daemon->fleetSettled(); }, 30000))
            return false;
        stream = std::make_unique<EventStream>();
        controller = std::make_unique<ConsoleController>(env.api.get(), stream.get());
        window = std::make_unique<MainWindow>(controller.get());
        window->resize(1600, 1000);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        controller->start();
        return true;
    }
    /** Closes the console and stops the daemon; its exit code (0 = clean). */
    int close()
    {
        window.reset();
        controller.reset();
        stream.reset();
        return env.stop();
    }

    ComplianceDaemon env;
    std::unique_ptr<EventStream> stream;
    std::unique_ptr<ConsoleController> controller;
    std::unique_ptr<MainWindow> window;
};
