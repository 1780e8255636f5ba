#pragma once

namespace ConvStudio {

class Database;
class MainWindow;

// Composition of the connector's part of the window: the Connections and Deliveries pages, their
// badges, the status-bar indicator, and the ConnectorController (its own thread) behind them. All
// of it is owned by the window and goes with it.
void addConnectorPages(MainWindow *window, Database &database);

} // namespace ConvStudio
