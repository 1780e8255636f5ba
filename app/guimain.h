#pragma once

#include <QString>

// The composition root of the window: builds the services and hands them to the main window.
int runGui(int &argc, char **argv, const QString &dbPath);
