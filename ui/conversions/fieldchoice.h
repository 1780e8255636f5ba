#pragma once

#include <QString>
#include <QStringList>

namespace ConvStudio {

// A field the builder offers, with what the workspace says about it.
struct FieldChoice
{
    QString field;
    QStringList examples; // most frequent values first
    qint64 events = 0; // how many events have it; 0: not seen in this workspace
    bool numeric = false;
};

} // namespace ConvStudio
