#pragma once

#include <QMetaType>
#include <QString>

/** What PodManager::podChanged says changed: which pod, and what about it. */
struct PodChange
{
    enum Kind {
        Created, // a new pod (its replicas start afterwards)
        Deleted, // gone from the fleet
        Replicas, // desired or running replicas changed (scale, restart): capacity may differ
        ReplicaHealth, // one replica's health changed, the pod's did not
        Health, // the pod's derived health changed
        Drain, // a maintenance drain began or ended, or a deletion's drain began
    };
    QString pod;
    Kind kind = Replicas;

    /** Whether the pod set itself changed (a pod was added or removed). */
    bool structural() const { return kind == Created || kind == Deleted; }
};
Q_DECLARE_METATYPE(PodChange)
