#pragma once

#include "domain/jsonsupport.h"
#include "domain/timeparse.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ConvStudio {

// How one affiliate network or tracker calls us back: which query parameters carry the click id,
// the transaction, the money and the status, and the URL (with the network's own macros) the user
// pastes into the network.
struct PostbackPreset
{
    QString id; // the <network> of /postback/<network>
    QString displayName; // a product name, not translated
    QString macroQuery; // e.g. "clickid={sub1}&txid={transaction_id}&payout={payout_amount}"
    const char *where
        = nullptr; // where the URL goes in the network (source text, context ConvStudio::PostbackPresets)
    bool amountIsSale = false; // "amount" is the sale amount (else one more name for the payout)
};

// An affiliate postback, read from its query parameters by a preset.
struct Postback
{
    QString network;
    QString clickId;
    QString transactionId; // txid, transaction_id, oid …; empty when the network sends none
    QString status; // approved, pending, reversed or declined
    QString networkStatus; // the word the network sent, as sent
    QString eventType; // et, type, event …; empty for a sale
    QString currency;
    std::optional<double> payout; // the commission credited to the affiliate
    std::optional<double> amount; // the sale amount, where the network reports it
    std::optional<EventTime> time;
    Json clickIds = Json::object(); // clickid plus any ad-platform click ids sent along (gclid …)
    Json attributes = Json::object(); // every other parameter, as sent

    // The credited sale this postback is about: the transaction (else the click) and the event type.
    QString saleKey() const;
    static int statusRank(const QString &status); // pending 0, approved 1, reversed/declined 2
};

// The presets, the parameter vocabulary they share, and the parser. Pure.
class PostbackPresets
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::PostbackPresets)
public:
    static const QList<PostbackPreset> &all();
    static const PostbackPreset *find(const QString &id);

    // The URL to give the network: base "http://host:port", the token, then the macros.
    static QString url(const PostbackPreset &preset, const QString &base, const QString &token);
    static QString whereText(const PostbackPreset &preset);

    // Maps a status word of any network to approved, pending, reversed or declined; empty counts as
    // approved (a postback without a status is a credited conversion).
    static QString normalizeStatus(const QString &word);

    // problem is a stable code for the JSON error ("missing_parameter", "invalid_number",
    // "invalid_time"), message one sentence naming the parameter.
    static std::optional<Postback> parse(const PostbackPreset &preset,
        const QList<std::pair<QString, QString>> &params, QString *problem, QString *message);
};

} // namespace ConvStudio
