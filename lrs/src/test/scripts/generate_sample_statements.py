#!/usr/bin/env python3
"""Generates lrs/src/main/resources/samples/statements.json: a plausible learning record for the sample learners of
ontology/.../thies-learners.ttl at opportunities of thies-catalogue.ttl, as their providers would send it.
Deterministic (fixed seed). Run from the repository root: python3 lrs/src/test/scripts/generate_sample_statements.py"""
import json
import random
import re
import uuid
from datetime import datetime, timedelta, timezone

SAMPLES = "ontology/src/main/resources/flourish/samples/"
OUT = "lrs/src/main/resources/samples/statements.json"
ACTIVITY_BASE = "https://w3id.org/flourish/samples/thies/activity/"
VERBS = {v: "http://adlnet.gov/expapi/verbs/" + v for v in ("attended", "completed", "passed", "failed", "experienced")}

random.seed(20261125)
namespace = uuid.UUID("6f1c2b1e-8d0a-4f7e-9a51-3c2d7e8f9a10")


def learners():
    text = open(SAMPLES + "thies-learners.ttl", encoding="utf-8").read()
    for block in re.split(r"\n(?=l:)", text):
        name = re.search(r'schema:name "([^"]+)"', block)
        if not name:
            continue
        age = int(re.search(r"fl:age (\d+)", block).group(1))
        mbox = re.search(r"fl:mbox <(mailto:[^>]+)>", block)
        if mbox:
            actor = {"objectType": "Agent", "name": name.group(1), "mbox": mbox.group(1)}
        else:
            home = re.search(r"fl:accountHomePage <([^>]+)>", block).group(1)
            account = re.search(r'fl:accountName "([^"]+)"', block).group(1)
            actor = {"objectType": "Agent", "name": name.group(1), "account": {"homePage": home, "name": account}}
        yield actor, age


def opportunities():
    text = open(SAMPLES + "thies-catalogue.ttl", encoding="utf-8").read()
    for block in text.split("\n\n"):
        if "a fl:LearningOpportunity" not in block:
            continue
        names = dict((lang, label) for label, lang in re.findall(r'"([^"]+)"@(\w+)', block.split("fl:offeredBy")[0]))
        activity = re.search(r"fl:activityId a:([\w-]+)", block).group(1)
        ages = (int(re.search(r"fl:minAge (\d+)", block).group(1)), int(re.search(r"fl:maxAge (\d+)", block).group(1)))
        provider = re.search(r"fl:offeredBy p:([\w-]+)", block).group(1)
        language = re.search(r'schema:inLanguage "([\w-]+)"', block).group(1)
        yield {"id": ACTIVITY_BASE + activity, "names": names, "ages": ages, "provider": provider,
               "language": language}


def statement(actor, verb, opportunity, when, result=None):
    body = {
        "id": str(uuid.uuid5(namespace, f"{json.dumps(actor, sort_keys=True)}|{verb}|{opportunity['id']}|{when}")),
        "actor": actor,
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": {"objectType": "Activity", "id": opportunity["id"],
                   "definition": {"name": opportunity["names"]}},
        "context": {"platform": opportunity["provider"], "language": opportunity["language"]},
        "timestamp": when.isoformat(timespec="seconds").replace("+00:00", "Z"),
    }
    if result:
        body["result"] = result
    return body


def main():
    catalogue = list(opportunities())
    start = datetime(2026, 9, 1, 8, 0, tzinfo=timezone.utc)
    record = []
    for actor, age in learners():
        fitting = [o for o in catalogue if o["ages"][0] <= age <= o["ages"][1]]
        for opportunity in random.sample(fitting, min(len(fitting), random.randint(3, 6))):
            when = start + timedelta(days=random.randint(0, 60), hours=random.randint(0, 8))
            for _ in range(random.randint(2, 5)):
                record.append(statement(actor, "attended", opportunity, when))
                when += timedelta(days=7)
            scaled = round(random.uniform(0.35, 0.98), 2)
            verb = "passed" if scaled >= 0.6 else "failed"
            record.append(statement(actor, verb, opportunity, when, {
                "score": {"scaled": scaled, "raw": round(scaled * 20), "min": 0, "max": 20},
                "success": verb == "passed", "completion": True}))
    record.sort(key=lambda s: s["timestamp"])
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump(record, out, ensure_ascii=False, indent=1)
    print(f"{len(record)} statements written to {OUT}")


main()
