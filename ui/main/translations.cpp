#include "main/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ConvStudio {

void installTranslators(QCoreApplication &app)
{
    // Installed last is asked first: English plurals, then Qt's strings, then the locale's.
    auto *english = new QTranslator(&app);
    if (english->load(u":/i18n/convstudio_en.qm"_s))
        QCoreApplication::installTranslator(english);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *local = new QTranslator(&app);
    if (local->load(QLocale(), u"convstudio"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(local);
}

} // namespace ConvStudio
