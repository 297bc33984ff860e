"""The real public files: CBS municipalities with provinces, the PC4 centres, DUO's school locations."""
import csv
import os

def read_real(data_dir):
    cbs = {}
    with open(os.path.join(data_dir, "cbs", "gemeenten-alfabetisch-2021.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            cbs[row["GemeentecodeGM"].strip()] = (row["Gemeentenaam"].strip(), row["Provincienaam"].strip())
    pc4 = {}
    with open(os.path.join(data_dir, "pc4", "4pp.csv"), encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if row["latitude"] and row["longitude"]:
                pc4[row["postcode"].strip()] = (float(row["latitude"]), float(row["longitude"]))
    duo_path = os.path.join(data_dir, "duo", "03-alle-vestigingen-bo-2021-10-01.csv")
    with open(duo_path, encoding="cp1252", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    schools = []
    for row in rows:
        postcode = row["POSTCODE"].replace(" ", "").upper()
        schools.append({
            "id": row["VESTIGINGSNUMMER"].strip().upper(),
            "name": row["VESTIGINGSNAAM"].strip(),
            "muni": "GM" + row["GEMEENTENUMMER"].strip().zfill(4),
            "board": row["BEVOEGD GEZAG NUMMER"].strip(),
            "postcode": postcode,
            "place": row["PLAATSNAAM"].strip().title(),
        })
    return cbs, pc4, schools
