#pragma once

class QCoreApplication;

namespace ConvStudio {

// Installs Qt's own translation and the app's for the system locale, over the English plural
// forms, which every locale falls back to. The translators are children of app.
void installTranslators(QCoreApplication &app);

} // namespace ConvStudio
