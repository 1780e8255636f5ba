#pragma once

namespace ConvStudio {

class EventsPage;
class MainWindow;
class SalesPage;

// A click on a bar or a row of the Sales page drills down to its events: the window switches to
// the Events page, which shows exactly those events under a filter chip the user can clear.
void linkSalesDrillDown(MainWindow *window, SalesPage *sales, EventsPage *events);

} // namespace ConvStudio
