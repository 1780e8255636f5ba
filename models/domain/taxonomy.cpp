#include "domain/taxonomy.h"

using namespace Qt::StringLiterals;

namespace ConvStudio {

QString Taxonomy::key(QStringView spelling)
{
    QString out;
    out.reserve(spelling.size());
    for (const QChar c : spelling) {
        if (c.isSpace() || c == u'_' || c == u'-')
            continue;
        out.append(c.toLower());
    }
    return out;
}

const QStringList &Taxonomy::standardNames()
{
    static const QStringList names {u"PageView"_s, u"ViewContent"_s, u"Search"_s, u"AddToCart"_s,
        u"AddToWishlist"_s, u"InitiateCheckout"_s, u"AddPaymentInfo"_s, u"Purchase"_s, u"Lead"_s,
        u"CompleteRegistration"_s, u"Subscribe"_s, u"StartTrial"_s, u"Contact"_s, u"Schedule"_s,
        u"SubmitApplication"_s, u"Refund"_s};
    return names;
}

bool Taxonomy::isStandardName(const QString &name)
{
    return standardNames().contains(name);
}

void Taxonomy::add(const QString &spelling, const QString &standardName)
{
    m_map.insert(key(spelling), standardName);
}

QString Taxonomy::standardName(QStringView spelling) const
{
    return m_map.value(key(spelling));
}

} // namespace ConvStudio
