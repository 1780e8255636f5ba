#include "main/drilldownlink.h"

#include "events/eventspage.h"
#include "main/mainwindow.h"
#include "sales/salespage.h"

namespace ConvStudio {

void linkSalesDrillDown(MainWindow *window, SalesPage *sales, EventsPage *events)
{
    QObject::connect(sales, &SalesPage::drillDownReady, events,
        [window, events](const std::vector<qint64> &rowIds, const QString &description) {
            events->showOnly(rowIds, description);
            window->showArea(Area::Events);
        });
}

} // namespace ConvStudio
