#include "platforms/isocodes.h"

#include "domain/jsonsupport.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ConvStudio {

namespace {

bool readJson(const QString &path, Json *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = IsoCodes::tr("cannot read %1 (%2)").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    *out = Json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (out->is_discarded()) {
        *error = IsoCodes::tr("%1 is not valid JSON").arg(path);
        return false;
    }
    return true;
}

// Names people write that the standard does not list.
constexpr std::pair<const char *, const char *> countryAliases[]
    = {{"usa", "US"}, {"unitedstatesofamerica", "US"}, {"america", "US"}, {"uk", "GB"},
        {"greatbritain", "GB"}, {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"},
        {"northernireland", "GB"}, {"deutschland", "DE"}, {"holland", "NL"}, {"thenetherlands", "NL"},
        {"southkorea", "KR"}, {"korea", "KR"}, {"russia", "RU"}, {"vietnam", "VN"}, {"españa", "ES"},
        {"espana", "ES"}, {"österreich", "AT"}, {"schweiz", "CH"}, {"suisse", "CH"}, {"italia", "IT"},
        {"brasil", "BR"}, {"méxico", "MX"}, {"türkiye", "TR"}, {"turkey", "TR"}, {"czechia", "CZ"},
        {"czechrepublic", "CZ"}, {"uae", "AE"}, {"taiwan", "TW"}, {"iran", "IR"}, {"bolivia", "BO"},
        {"venezuela", "VE"}, {"tanzania", "TZ"}, {"syria", "SY"}, {"laos", "LA"}, {"moldova", "MD"}};

constexpr std::pair<const char *, const char *> builtinCountries[] = {{"US", "United States"},
    {"CA", "Canada"}, {"MX", "Mexico"}, {"GB", "United Kingdom"}, {"IE", "Ireland"}, {"DE", "Germany"},
    {"FR", "France"}, {"ES", "Spain"}, {"PT", "Portugal"}, {"IT", "Italy"}, {"NL", "Netherlands"},
    {"BE", "Belgium"}, {"LU", "Luxembourg"}, {"CH", "Switzerland"}, {"AT", "Austria"}, {"DK", "Denmark"},
    {"SE", "Sweden"}, {"NO", "Norway"}, {"FI", "Finland"}, {"IS", "Iceland"}, {"PL", "Poland"},
    {"CZ", "Czechia"}, {"SK", "Slovakia"}, {"HU", "Hungary"}, {"RO", "Romania"}, {"BG", "Bulgaria"},
    {"GR", "Greece"}, {"HR", "Croatia"}, {"SI", "Slovenia"}, {"EE", "Estonia"}, {"LV", "Latvia"},
    {"LT", "Lithuania"}, {"UA", "Ukraine"}, {"TR", "Turkey"}, {"IL", "Israel"},
    {"AE", "United Arab Emirates"}, {"SA", "Saudi Arabia"}, {"IN", "India"}, {"CN", "China"}, {"JP", "Japan"},
    {"KR", "Korea, Republic of"}, {"SG", "Singapore"}, {"HK", "Hong Kong"}, {"TW", "Taiwan"},
    {"AU", "Australia"}, {"NZ", "New Zealand"}, {"BR", "Brazil"}, {"AR", "Argentina"}, {"CL", "Chile"},
    {"CO", "Colombia"}, {"PE", "Peru"}, {"ZA", "South Africa"}, {"NG", "Nigeria"}, {"EG", "Egypt"},
    {"KE", "Kenya"}, {"MA", "Morocco"}, {"ID", "Indonesia"}, {"MY", "Malaysia"}, {"TH", "Thailand"},
    {"PH", "Philippines"}, {"VN", "Viet Nam"}, {"RU", "Russian Federation"}};

constexpr std::pair<const char *, const char *> builtinUsStates[] = {{"AL", "Alabama"}, {"AK", "Alaska"},
    {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"}, {"CO", "Colorado"}, {"CT", "Connecticut"},
    {"DE", "Delaware"}, {"DC", "District of Columbia"}, {"FL", "Florida"}, {"GA", "Georgia"},
    {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"}, {"IN", "Indiana"}, {"IA", "Iowa"},
    {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"}, {"ME", "Maine"}, {"MD", "Maryland"},
    {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"}, {"MS", "Mississippi"},
    {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"}, {"NH", "New Hampshire"},
    {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"}, {"NC", "North Carolina"},
    {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"}, {"PA", "Pennsylvania"},
    {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"},
    {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"}, {"WA", "Washington"},
    {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"}, {"PR", "Puerto Rico"}, {"GU", "Guam"},
    {"VI", "Virgin Islands, U.S."}, {"AS", "American Samoa"}, {"MP", "Northern Mariana Islands"}};

} // namespace

QString IsoCodes::key(QStringView text)
{
    // Case, spaces and punctuation do not matter: "United-States" == "united states".
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

IsoCodes::IsoCodes(const QString &directory)
{
    const QDir dir(directory);
    Json countries;
    Json subdivisions;
    QString error;
    if (!readJson(dir.filePath(u"iso_3166-1.json"_s), &countries, &error)
        || !readJson(dir.filePath(u"iso_3166-2.json"_s), &subdivisions, &error)
        || !countries.contains("3166-1") || !subdivisions.contains("3166-2")) {
        m_fallbackReason = error.isEmpty() ? tr("the iso-codes data has an unknown layout") : error;
        loadBuiltin();
        return;
    }
    for (const Json &c : countries["3166-1"]) {
        const QString alpha2 = jsonString(c, "alpha_2");
        if (alpha2.size() != 2)
            continue;
        m_alpha2.insert(alpha2, true);
        for (const char *field : {"alpha_2", "alpha_3", "name", "official_name", "common_name"}) {
            const QString name = jsonString(c, field);
            if (!name.isEmpty())
                m_countries.insert(key(name), alpha2);
        }
    }
    for (const Json &s : subdivisions["3166-2"]) {
        const QString code = jsonString(s, "code");
        const qsizetype dash = code.indexOf(u'-');
        if (dash != 2)
            continue;
        const QString country = code.left(2);
        const QString local = code.mid(3);
        m_subdivisions.insert(country + u'|' + key(local), local);
        m_subdivisions.insert(country + u'|' + key(jsonString(s, "name")), local);
    }
    for (const auto &[alias, code] : countryAliases)
        m_countries.insert(key(QString::fromUtf8(alias)), QString::fromLatin1(code));
}

void IsoCodes::loadBuiltin()
{
    for (const auto &[code, name] : builtinCountries) {
        const QString alpha2 = QString::fromLatin1(code);
        m_alpha2.insert(alpha2, true);
        m_countries.insert(key(alpha2), alpha2);
        m_countries.insert(key(QString::fromUtf8(name)), alpha2);
    }
    for (const auto &[code, name] : builtinUsStates) {
        const QString local = QString::fromLatin1(code);
        m_subdivisions.insert(u"US|"_s + key(local), local);
        m_subdivisions.insert(u"US|"_s + key(QString::fromUtf8(name)), local);
    }
    for (const auto &[alias, code] : countryAliases)
        m_countries.insert(key(QString::fromUtf8(alias)), QString::fromLatin1(code));
}

const IsoCodes &IsoCodes::system()
{
    static const IsoCodes codes(QString::fromLatin1(CS_ISO_CODES_DIR));
    return codes;
}

QString IsoCodes::countryCode(QStringView nameOrCode) const
{
    const QString k = key(nameOrCode);
    if (k.isEmpty())
        return {};
    return m_countries.value(k);
}

QString IsoCodes::subdivisionCode(const QString &countryAlpha2, QStringView nameOrCode) const
{
    const QString k = key(nameOrCode);
    if (k.isEmpty() || countryAlpha2.isEmpty())
        return {};
    return m_subdivisions.value(countryAlpha2.toUpper() + u'|' + k);
}

} // namespace ConvStudio
