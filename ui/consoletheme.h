#pragma once

class QApplication;

/**
 * The console's dark Fusion palette: NOC rooms are dim, and the map is dark, so panels that
 * glare white next to it would make the health colours harder to read.
 */
class ConsoleTheme
{
public:
    /** Applies the Fusion style and the dark palette to @p app. */
    static void apply(QApplication &app);
};
