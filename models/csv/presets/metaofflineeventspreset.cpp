// meta-offline-events: Events Manager offline upload files (event_name, event_time, match keys).
#include "csv/presets/builtinpresets.h"

using namespace Qt::StringLiterals;

namespace ConvStudio::BuiltinPresets {

namespace {

class MetaOfflineEventsPreset final : public CsvPreset
{
public:
    QString id() const override { return u"meta-offline-events"_s; }
    QString displayName() const override { return tr("Meta offline events"); }
    QList<QStringList> signature() const override
    {
        return {{u"event_name"_s}, {u"event_time"_s}, {u"email"_s, u"phone"_s, u"madid"_s, u"fn"_s}};
    }
    QList<CsvFieldMapping> fieldMappings() const override
    {
        return {{u"event_name"_s, u"name"_s}, {u"event_time"_s, u"time"_s}, {u"value"_s, u"value"_s},
            {u"currency"_s, u"currency"_s}, {u"order_id"_s, u"order_id"_s}, {u"email"_s, u"user.email"_s},
            {u"phone"_s, u"user.phone"_s}, {u"fn"_s, u"user.first_name"_s}, {u"ln"_s, u"user.last_name"_s},
            {u"zip"_s, u"user.zip"_s}, {u"ct"_s, u"user.city"_s}, {u"st"_s, u"user.state"_s},
            {u"country"_s, u"user.country"_s}};
    }

    void map(const std::vector<CsvRecord> &rows, const CsvHeaderIndex &header,
        CsvMapContext &context) const override
    {
        const CsvRow row(rows.front(), header);
        std::string time;
        if (!context.time(row, {"event_time"}, &time))
            return;
        const std::string_view name = row("event_name");
        if (name.empty()) {
            context.reject(row, row.columnName({"event_name"}), tr("the event name is empty"));
            return;
        }
        std::optional<double> value;
        if (!context.amount(row, {"value"}, &value))
            return;
        const std::string_view order = row("order_id");
        CsvEventObject e;
        // Duplicate match-key columns: the first is the user's, the others go to attributes.
        std::string fingerprint;
        for (const std::string &f : rows.front().fields)
            fingerprint += f + '\x1f';
        e.set("event_id", order.empty() ? stableId({fingerprint}) : std::string(order));
        e.set("name", name);
        e.set("time", time);
        e.set("action_source", std::string_view("physical_store"));
        if (value)
            e.setValue(*value, row.text("currency"));
        else
            e.set("currency", row("currency"));
        e.set("order_id", order);
        static const std::pair<const char *, const char *> keys[]
            = {{"email", "email"}, {"phone", "phone"}, {"fn", "first_name"}, {"ln", "last_name"},
                {"zip", "zip"}, {"ct", "city"}, {"st", "state"}, {"country", "country"},
                {"dob", "date_of_birth"}, {"gen", "gender"}, {"external_id", "external_id"}};
        for (const auto &[column, field] : keys) {
            const QList<int> all = header.findAll(QString::fromLatin1(column));
            for (int i = 0; i < all.size(); ++i) {
                if (i == 0)
                    e.user(field, row.at(all[i]));
                else
                    e.attr(std::string(column) + '_' + std::to_string(i + 1), row.at(all[i]));
            }
        }
        e.attr("madid", row("madid"));
        e.attr("store_id", row("store_id"));
        e.attr("item_number", row("item_number"));
        context.emitEvent(std::move(e), row.line());
    }
};

} // namespace

std::unique_ptr<CsvPreset> metaOfflineEvents()
{
    return std::make_unique<MetaOfflineEventsPreset>();
}

} // namespace ConvStudio::BuiltinPresets
