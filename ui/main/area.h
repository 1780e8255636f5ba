#pragma once

#include <QString>

class QWidget;

namespace ConvStudio {

// The product's areas, in sidebar order (Ctrl+1 … Ctrl+7).
enum class Area { Events, Conversions, Payloads, Connections, Deliveries, Sales, Listener, Count };

// One page of the main window, built by the composition root.
struct Page
{
    Area area;
    QWidget *widget = nullptr; // owned by the main window once added
};

} // namespace ConvStudio
