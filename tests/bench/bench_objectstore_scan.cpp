// Times what a residency audit does to a directory store: a full paged list, then head() of
// every object. Usage: bench_objectstore_scan [objects=100000] [page=1000] [--flat]
//   --flat puts every object in one district/class folder (the worst case for the walk).
#include "backend/providers/directoryobjectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool flat = args.removeAll(QStringLiteral("--flat")) > 0;
    const int count = args.value(0, QStringLiteral("100000")).toInt();
    const int pageSize = args.value(1, QStringLiteral("1000")).toInt();
    if (count <= 0 || pageSize <= 0) {
        std::fprintf(stderr, "usage: bench_objectstore_scan [objects] [page] [--flat]\n");
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    DirectoryObjectStore store(dir.path() + QStringLiteral("/bench"));
    // Filling is not what is measured: skip the per-rename directory fsync (files are still
    // written through QSaveFile, exactly as in production).
    store.setSyncDirectories(false);

    static const char *const classes[] = {"student_pii", "child_under_13", "deidentified",
                                          "model_artifact"};
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const QString key = flat ? QStringLiteral("d0/student_pii/obj-%1").arg(i)
                                 : QStringLiteral("district-%1/%2/obj-%3")
                                       .arg(i % 200)
                                       .arg(QLatin1String(classes[(i / 200) % 4]))
                                       .arg(i);
        store.put(key, QByteArray::number(i).repeated(8), {});
    }
    const double fillSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    QString token;
    qint64 listed = 0, bytes = 0;
    int pages = 0;
    do {
        const ObjectPage page = store.list(QString(), token, pageSize);
        ++pages;
        for (const ObjectInfo &o : page.objects) {
            const std::optional<ObjectInfo> info = store.head(o.key);
            if (!info || info->meta.sha256.isEmpty()) {
                std::fprintf(stderr, "head failed for %s\n", qPrintable(o.key));
                return 1;
            }
            bytes += info->size;
        }
        listed += page.objects.size();
        token = page.nextToken;
    } while (!token.isEmpty());
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (listed != count) {
        std::fprintf(stderr, "listed %lld objects, expected %d\n", listed, count);
        return 1;
    }
    std::printf("bench_objectstore_scan: %d objects (%s layout) filled in %.1f s\n", count,
                flat ? "flat" : "200 districts x 4 classes", fillSeconds);
    std::printf("list (%d pages of %d) + head of every object: %.2f s total, %.0f objects/s "
                "(%lld bytes)\n",
                pages, pageSize, seconds, count / seconds, bytes);
    return 0;
}
