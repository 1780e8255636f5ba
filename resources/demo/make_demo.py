#!/usr/bin/env python3
"""Writes demo-events.jsonl: a few hundred realistic canonical events for the demo workspace.

Deterministic (fixed seed), so the shipped file only changes when this script does.
Usage: python3 make_demo.py > demo-events.jsonl
"""
import json
import random
from datetime import datetime, timedelta, timezone

rng = random.Random(20261125)
FIRST = ["Jane", "Lukas", "Maria", "Tom", "Aiko", "Carlos", "Emma", "Noah", "Lea", "Omar", "Sofia", "Liam"]
LAST = ["Doe", "Becker", "Garcia", "Smith", "Tanaka", "Lopez", "Brown", "Wilson", "Martin", "Haddad"]
CITIES = [("Palo Alto", "CA", "94301", "US", "-08:00"), ("Berlin", "", "10115", "DE", "+01:00"),
          ("Madrid", "", "28001", "ES", "+01:00"), ("Austin", "TX", "73301", "US", "-06:00"),
          ("London", "", "SW1A 1AA", "GB", "+00:00")]
PRODUCTS = [("SKU-TRAIL", "Trail shoe", "Shoes", 64.95), ("SKU-SOCK", "Merino socks", "Accessories", 14.5),
            ("SKU-JKT", "Rain jacket", "Apparel", 129.0), ("SKU-BTL", "Bottle", "Accessories", 19.9),
            ("SKU-PACK", "Day pack", "Bags", 89.0)]
NETWORKS = ["impact", "cj", "awin", "clickbank"]
start = datetime(2026, 8, 1, tzinfo=timezone.utc)
END = datetime(2026, 11, 24, 18, 0, tzinfo=timezone.utc)  # the demo ends the day before its release

customers = []
for i in range(130):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    city = rng.choice(CITIES)
    customers.append({
        "email": f" {first}.{last}{i}@Example.com ".replace(" ", "", 1),
        "phone": f"+1 (650) 555-{1000 + i:04d}" if city[3] == "US" else "",
        "first_name": first, "last_name": last, "city": city[0], "state": city[1], "zip": city[2],
        "country": city[3], "external_id": f"cust-{100 + i}", "_tz": city[4]})

events = []
reversals = []
order_no = 1000

def stamp(t, tz):
    sign = -1 if tz[0] == "-" else 1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[4:6])) * sign
    return (t + off).strftime("%Y-%m-%dT%H:%M:%S") + tz

for c in customers:
    user = {k: v for k, v in c.items() if not k.startswith("_") and v}
    t = start + timedelta(hours=rng.randint(0, 24 * 70))
    clicks = {}
    roll = rng.random()
    if roll < 0.4:
        clicks["gclid"] = "Cj0KCQiA" + "".join(rng.choice("abcdefghijkLMNOP0123456789") for _ in range(20))
    elif roll < 0.7:
        clicks["fbclid"] = "IwAR" + "".join(rng.choice("abcdefXYZ0123456789") for _ in range(24))
    elif roll < 0.8:
        clicks["ttclid"] = "E.C.P." + "".join(rng.choice("abcdef0123456789") for _ in range(16))
    events.append({"event_id": f"web-{len(events)}", "name": "page_view", "time": stamp(t, c["_tz"]),
                   "source": "webhook", "user": user, "click_ids": clicks,
                   "page_url": "https://shop.example.com/"})
    if rng.random() < 0.5:
        t += timedelta(minutes=rng.randint(5, 600))
        events.append({"event_id": f"hubspot-{len(events)}", "name": "Lead", "time": stamp(t, c["_tz"]),
                       "source": "csv:hubspot-contacts", "action_source": "website", "user": user,
                       "click_ids": clicks, "attributes": {"lifecycle_stage": "lead"}})
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        t += timedelta(days=rng.randint(0, 25), minutes=rng.randint(1, 900))
        items = []
        for p in rng.sample(PRODUCTS, rng.randint(1, 3)):
            items.append({"id": p[0], "name": p[1], "category": p[2], "price": p[3], "quantity": rng.randint(1, 2)})
        value = round(sum(i["price"] * i["quantity"] for i in items), 2)
        order_no += 1
        currency = "EUR" if c["country"] in ("DE", "ES") else ("GBP" if c["country"] == "GB" else "USD")
        events.append({"event_id": f"shopify-#{order_no}", "name": "Order Completed", "time": stamp(t, c["_tz"]),
                       "source": "csv:shopify-orders", "value": value, "currency": currency,
                       "order_id": f"#{order_no}", "status": "paid", "user": user, "click_ids": clicks,
                       "items": items, "consent": {"ad_user_data": "granted", "ad_personalization": "granted"},
                       "attributes": {"coupon": "BF2026"} if rng.random() < 0.2 else {}})
        if rng.random() < 0.08:
            rt = t + timedelta(days=rng.randint(1, 10))
            events.append({"event_id": f"shopify-refund-#{order_no}", "name": "Order Refunded",
                           "time": stamp(rt, c["_tz"]), "source": "csv:shopify-orders", "value": value,
                           "currency": currency, "order_id": f"#{order_no}", "status": "refunded", "user": user})
        if rng.random() < 0.3:
            net = rng.choice(NETWORKS)
            status = rng.choice(["approved", "approved", "pending", "reversed"])
            events.append({"event_id": f"{net}-{order_no}", "name": "SALE", "time": stamp(t, c["_tz"]),
                           "source": f"postback:{net}", "value": value, "currency": currency,
                           "order_id": f"#{order_no}", "status": status,
                           "click_ids": {"clickid": f"{net[:2]}-{rng.randint(10**8, 10**9)}"},
                           "attributes": {"network": net, "payout": round(value * 0.08, 2),
                                          "program": "Trail Outfitters", "sub_id": rng.choice(["blog", "yt", "email"])}})
            if status == "reversed":
                # A reversal comes as a Refund of the credited sale, as the listener stores one. Its
                # delay is derived from the order number and it joins the list at the end, so the
                # random sequence and every other event of the demo stay as they were.
                sale = events[-1]
                rt = t + timedelta(days=2 + order_no % 9, hours=order_no % 7)
                reversals.append({"event_id": f"{sale['event_id']}:refund", "name": "Refund",
                               "time": stamp(rt, c["_tz"]), "source": sale["source"], "value": value,
                               "currency": currency, "order_id": sale["order_id"], "status": "reversed",
                               "click_ids": dict(sale["click_ids"]),
                               "attributes": {"network": net, "refund_of": sale["event_id"],
                                              "payout": sale["attributes"]["payout"],
                                              "program": sale["attributes"]["program"],
                                              "sub_id": sale["attributes"]["sub_id"]}})
    if rng.random() < 0.15:
        t += timedelta(days=rng.randint(1, 5))
        events.append({"event_id": f"web-{len(events)}", "name": "sign_up", "time": stamp(t, c["_tz"]),
                       "source": "webhook", "user": user})

events += reversals
for e in events:
    e["attributes"] = {k: v for k, v in e.get("attributes", {}).items()}
    if not e["attributes"]:
        del e["attributes"]
    if not e.get("click_ids"):
        e.pop("click_ids", None)
def utc(e):
    return datetime.fromisoformat(e["time"])

events = [e for e in events if utc(e) <= END]
events.sort(key=utc)
for e in events:
    print(json.dumps(e, ensure_ascii=False))
