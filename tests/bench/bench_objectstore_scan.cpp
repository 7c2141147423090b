// Times what a residency audit does to a directory store: a full paged list, then head() of
// every object. Usage: bench_objectstore_scan [objects=100000] [page=1000] [--flat]
//   --flat puts every object in one district/class folder (the worst case for the walk).
#include "backend/providers/directoryobjectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <thread>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Per-object debug lines would dominate the timing.
    QLoggingCategory::setFilterRules(QStringLiteral("rp.provider.*.debug=false"));
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
    // Filling is not what is measured: the writers skip the per-rename directory fsync (files
    // are still written through QSaveFile, exactly as in production).
    static const char *const classes[]
        = {"student_pii", "child_under_13", "deidentified", "model_artifact"};
    const auto keyFor = [flat](int i) {
        return flat ? QStringLiteral("d0/student_pii/obj-%1").arg(i)
                    : QStringLiteral("district-%1/%2/obj-%3")
                          .arg(i % 200)
                          .arg(QLatin1String(classes[(i / 200) % 4]))
                          .arg(i);
    };
    QElapsedTimer timer;
    timer.start();
    // Every put waits for two fsyncs; eight writers (one instance each, as the interface
    // allows) overlap them, which is all that makes filling take minutes rather than more.
    std::vector<std::thread> writers;
    const int writerCount = 8;
    for (int w = 0; w < writerCount; ++w) {
        writers.emplace_back([&, w] {
            DirectoryObjectStore writer(store.root());
            writer.setSyncDirectories(false);
            for (int i = w; i < count; i += writerCount)
                writer.put(keyFor(i), QByteArray::number(i).repeated(8), {});
        });
    }
    for (std::thread &t : writers)
        t.join();
    const double fillSeconds = timer.nsecsElapsed() / 1e9;

    // The audit's pattern: page through the listing, head() each object of the page.
    timer.restart();
    QString token;
    qint64 listed = 0, bytes = 0, listNs = 0;
    int pages = 0;
    QElapsedTimer listTimer;
    do {
        listTimer.start();
        const ObjectPage page = store.list(QString(), token, pageSize);
        listNs += listTimer.nsecsElapsed();
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
                "(list %.2f s, head %.2f s; %lld bytes)\n",
        pages, pageSize, seconds, count / seconds, listNs / 1e9, seconds - listNs / 1e9, bytes);
    return 0;
}
