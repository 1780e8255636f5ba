#include "conversions/rulelistdelegate.h"

#include "itemmodels/rulelistmodel.h"

#include <QLocale>
#include <QPainter>

namespace ConvStudio {

void RuleListDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString badge = QLocale().toString(index.data(RuleListModel::MatchCountRole).toLongLong());
    const QFontMetrics metrics(option.font);
    const int badgeWidth = metrics.horizontalAdvance(badge) + 14;
    QStyleOptionViewItem opt = option;
    opt.rect.setRight(opt.rect.right() - badgeWidth - 8);
    QStyledItemDelegate::paint(painter, opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r(option.rect.right() - badgeWidth - 4, option.rect.center().y() - metrics.height() / 2 - 1,
        badgeWidth, metrics.height() + 2);
    const bool enabled = index.data(RuleListModel::EnabledRole).toBool();
    painter->setPen(Qt::NoPen);
    painter->setBrush(enabled ? option.palette.highlight() : option.palette.mid());
    painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    painter->setPen(enabled ? option.palette.highlightedText().color() : option.palette.text().color());
    painter->drawText(r, Qt::AlignCenter, badge);
    painter->restore();
}

QSize RuleListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
    return s;
}

} // namespace ConvStudio
