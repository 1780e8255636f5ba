#pragma once

#include "domain/jsonsupport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ConvStudio {

// Turns verified Shopify and Stripe webhook payloads into canonical events (event-format.md). Pure:
// the result still goes through EventParser like every other event.
class WebhookMapping
{
    Q_DECLARE_TR_FUNCTIONS(ConvStudio::WebhookMapping)
public:
    struct Result
    {
        std::optional<Json> event; // the canonical event, or none
        QString ignored; // why a valid delivery carries nothing to store (an unhandled topic …)
        QString error; // why the payload cannot be read
    };

    // Topics: orders/create, orders/paid, refunds/create.
    static Result shopify(const QString &topic, const Json &payload, const QString &shopDomain);
    // Event types: charge.succeeded, charge.refunded, checkout.session.completed.
    static Result stripe(const Json &payload);

    // Stripe amounts are in the currency's smallest unit; a few currencies have none.
    static double stripeMajorUnits(qint64 amount, const QString &currency);
};

} // namespace ConvStudio
