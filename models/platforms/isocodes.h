#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ConvStudio {

// Country and subdivision names → ISO 3166 codes, from the iso-codes package's JSON data
// (iso_3166-1.json, iso_3166-2.json) read at run time. When that data is missing, a built-in table
// (the most common countries and the US states) keeps the normalizer working, and
// fallbackReason() says why. Read-only after construction: safe to share between threads.
class IsoCodes
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::IsoCodes)
public:
    // Loads from directory (the iso-codes "json" folder); falls back to the built-in table.
    explicit IsoCodes(const QString &directory);

    // The process-wide table from the system's iso-codes data, loaded on first use (thread-safe).
    static const IsoCodes &system();

    // "DE" for "de", "DEU", "Germany", "Federal Republic of Germany"; empty when unknown.
    QString countryCode(QStringView nameOrCode) const;
    // "CA" for ("US", "California") or ("US", "ca"); empty when unknown.
    QString subdivisionCode(const QString &countryAlpha2, QStringView nameOrCode) const;
    bool isFallback() const { return !m_fallbackReason.isEmpty(); }
    QString fallbackReason() const { return m_fallbackReason; }
    qsizetype countryCount() const { return m_alpha2.size(); }

private:
    static QString key(QStringView text);
    void loadBuiltin();

    QHash<QString, QString> m_countries; // key(name or code) → alpha-2
    QHash<QString, bool> m_alpha2;
    QHash<QString, QString> m_subdivisions; // "US|" + key(name or code) → "CA"
    QString m_fallbackReason;
};

} // namespace ConvStudio
