/// The JSON Schema of scenario files, printed by `enveloppe schema` so an
/// editor can validate and complete a scenario. A test checks that its
/// properties are exactly the keys ``ScenarioDecoder`` accepts.
public enum ScenarioSchema {
    public static let text = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://enveloppe.invalid/scenario.schema.json",
      "title": "Scénario Enveloppe",
      "description": "Un scénario : l'appel (préréglage), les structures de la candidature, et les valeurs que le scénario fixe lui-même. Voir docs/scenario-format.md.",
      "type": "object",
      "additionalProperties": false,
      "required": ["title", "preset", "operators"],
      "properties": {
        "$schema": { "type": "string" },
        "title": { "type": "string", "minLength": 1, "description": "Titre du scénario." },
        "description": { "type": "string", "description": "Contexte et hypothèses du scénario, en clair." },
        "preset": {
          "enum": ["bail-dabord-montpellier-2024", "bail-dabord-montpellier-2023", "vial-pas-de-calais-2025-ami1", "vial-pas-de-calais-2025-ami2", "aml-pas-de-calais-2019"],
          "description": "L'appel dont les règles s'appliquent (enveloppe presets)."
        },
        "rules": {
          "type": "object",
          "additionalProperties": false,
          "description": "Valeurs qui remplacent ou complètent celles de l'appel ; chacune est citée « scénario, rules.… » dans les rapports.",
          "properties": {
            "households": { "$ref": "#/$defs/count" },
            "envelopeTotal": { "$ref": "#/$defs/amount" },
            "lines": {
              "type": "object",
              "description": "Par identifiant de ligne (iml, fsl, vial, aml).",
              "additionalProperties": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "amount": { "$ref": "#/$defs/amount", "description": "Montant d'une ligne à montant fixe." },
                  "annualRate": { "$ref": "#/$defs/amount", "description": "Taux annuel par ménage d'une ligne au taux." },
                  "units": { "$ref": "#/$defs/fte", "description": "Quantité financée (logements, ETP) d'une ligne à montant fixe." },
                  "subsidyLine": { "$ref": "#/$defs/subsidyLine", "description": "Ligne du compte 74 du financeur sur le formulaire CERFA 12156." }
                }
              }
            },
            "team": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "requiredFTE": { "$ref": "#/$defs/fte" },
                "minimumManagementFTE": { "$ref": "#/$defs/fte" }
              }
            },
            "cap": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "rate": { "$ref": "#/$defs/rate" },
                "scope": { "enum": ["nonStaff", "indirectOnly"] },
                "base": { "enum": ["subsidy", "otherCharges", "totalCharges"] }
              }
            },
            "paymentTerms": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "advanceRate": { "$ref": "#/$defs/rate", "description": "Obligatoire quand l'appel ne fixe pas de conditions de versement." },
                "rounding": { "enum": ["halfAwayFromZero", "towardZero", "down"] },
                "advanceDelayMonths": { "type": "integer", "minimum": 0, "maximum": 36, "description": "Mois entre le début de la convention et l'avance (1 par défaut)." },
                "balanceDelayMonths": { "type": "integer", "minimum": 1, "maximum": 36, "description": "Mois entre la fin de la convention et le solde (6 par défaut)." }
              }
            },
            "convention": {
              "type": "object",
              "additionalProperties": false,
              "required": ["start", "months"],
              "properties": {
                "start": { "$ref": "#/$defs/month" },
                "months": { "type": "integer", "minimum": 1, "maximum": 600 },
                "periods": { "type": "integer", "minimum": 1, "description": "Conventions successives de même durée (1 par défaut)." }
              }
            },
            "accompanimentMonths": { "type": "integer", "minimum": 1, "maximum": 600 }
          }
        },
        "openingBalance": { "$ref": "#/$defs/amount", "description": "Trésorerie au début du premier mois (0 par défaut)." },
        "otherIncome": {
          "type": "array", "items": { "$ref": "#/$defs/budgetLine" },
          "description": "Produits en plus des subventions de l'appel (fonds propres 75, autres financeurs 74…)."
        },
        "contributionsInKind": {
          "type": "array",
          "description": "Contributions volontaires en nature, portées en 86 et en 87.",
          "items": {
            "type": "object", "additionalProperties": false, "required": ["label", "amount"],
            "properties": { "label": { "type": "string", "minLength": 1 }, "amount": { "$ref": "#/$defs/amount" } }
          }
        },
        "expected": {
          "type": "object",
          "description": "Chiffres attendus, par identifiant (enveloppe explain FICHIER les liste) : \"49 000,00 €\", 49000, \"49000.00\" ou un nombre. run et check les comparent au calcul ; un écart est un contrôle en échec.",
          "additionalProperties": { "type": ["string", "number"] }
        },
        "allocation": {
          "type": "object",
          "additionalProperties": false,
          "required": ["envelope", "method", "candidates"],
          "description": "Ce qu'un financeur répartit entre les réponses (enveloppe allocate).",
          "properties": {
            "envelope": {
              "type": "object", "additionalProperties": false,
              "oneOf": [{ "required": ["measures"] }, { "required": ["amount"] }],
              "properties": { "measures": { "$ref": "#/$defs/count" }, "amount": { "$ref": "#/$defs/amount" } }
            },
            "method": { "enum": ["proportional", "proRataOfRequests", "byRank"] },
            "candidates": {
              "type": "array", "minItems": 1,
              "items": {
                "type": "object", "additionalProperties": false, "required": ["id", "name"],
                "properties": {
                  "id": { "type": "string", "minLength": 1 },
                  "name": { "type": "string", "minLength": 1 },
                  "territory": { "type": "string" },
                  "weight": { "type": "integer", "minimum": 0 },
                  "requested": { "description": "Mesures demandées (ou montant, pour une enveloppe en euros d'un appel sans taux annuel)." },
                  "minimum": { "description": "En mesures (ou en euros)." },
                  "maximum": { "description": "En mesures (ou en euros)." },
                  "rank": { "type": "integer", "minimum": 1 }
                }
              }
            }
          }
        },
        "budget": {
          "type": "object",
          "additionalProperties": false,
          "description": "Le budget prévisionnel déposé par le candidat, vérifié tel quel : ses lignes, ou un fichier CSV (compte;libellé;montant) à côté du scénario.",
          "oneOf": [{ "required": ["lines"] }, { "required": ["file"] }],
          "properties": {
            "lines": { "type": "array", "items": { "$ref": "#/$defs/budgetLine" } },
            "file": { "type": "string", "minLength": 1 }
          }
        },
        "operators": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["id", "name", "households"],
            "properties": {
              "id": { "type": "string", "minLength": 1 },
              "name": { "type": "string", "minLength": 1 },
              "territory": { "type": "string", "minLength": 1 },
              "households": { "$ref": "#/$defs/count", "description": "Capacité : ménages accompagnés en même temps." },
              "intake": {
                "type": "object",
                "additionalProperties": false,
                "description": "Entrées et sorties des ménages ; sans ce bloc, tous les ménages entrent le premier mois.",
                "not": { "required": ["entries", "rampUp"] },
                "properties": {
                  "start": { "$ref": "#/$defs/month" },
                  "initial": { "$ref": "#/$defs/count", "description": "Ménages déjà accompagnés au début (sans frais d'entrée)." },
                  "entries": { "type": "array", "items": { "$ref": "#/$defs/count" }, "description": "Entrées de chaque mois, à partir de start." },
                  "rampUp": { "type": "integer", "minimum": 1, "description": "Entrées par mois tant qu'une place est libre." },
                  "lastEntry": { "$ref": "#/$defs/month" },
                  "renewalMonths": { "enum": [0, 6, 12, 18] },
                  "derogation": { "type": "boolean" },
                  "monthsBeforeDwelling": { "type": "integer", "minimum": 0, "maximum": 3 },
                  "earlyExits": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["month", "households"],
                      "properties": {
                        "month": { "$ref": "#/$defs/month" },
                        "households": { "type": "integer", "minimum": 1 }
                      }
                    }
                  },
                  "refillDelayMonths": { "type": "integer", "minimum": 0, "maximum": 24 }
                }
              },
              "staff": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["title", "role", "fte", "annualCostPerFTE"],
                  "properties": {
                    "title": { "type": "string", "minLength": 1 },
                    "role": { "enum": ["management", "socialWork", "care", "housingManagement", "administration"] },
                    "fte": { "$ref": "#/$defs/fte" },
                    "annualCostPerFTE": { "$ref": "#/$defs/amount" },
                    "start": { "$ref": "#/$defs/month" },
                    "end": { "$ref": "#/$defs/month" },
                    "purposes": { "type": "array", "items": { "$ref": "#/$defs/purpose" } }
                  }
                }
              },
              "charges": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["label", "account", "kind"],
                  "oneOf": [
                    { "required": ["annualAmount"] }, { "required": ["perEntry"] }, { "required": ["refundableDeposit"] },
                    { "required": ["perHouseholdMonth"] }, { "required": ["rateOfDirectCosts"] }
                  ],
                  "properties": {
                    "label": { "type": "string", "minLength": 1 },
                    "account": { "type": "integer", "minimum": 60, "maximum": 68 },
                    "kind": { "enum": ["direct", "indirect"] },
                    "purpose": { "$ref": "#/$defs/purpose" },
                    "annualAmount": { "$ref": "#/$defs/amount", "description": "Montant annuel, versé en douze parts." },
                    "perEntry": { "$ref": "#/$defs/amount", "description": "Montant par ménage entrant." },
                    "refundableDeposit": { "$ref": "#/$defs/amount", "description": "Caution par ménage entrant, restituée au glissement du bail." },
                    "perHouseholdMonth": { "$ref": "#/$defs/amount", "description": "Montant par ménage et par mois." },
                    "rateOfDirectCosts": { "$ref": "#/$defs/rate", "description": "Taux des charges directes (charges indirectes seulement)." }
                  }
                }
              }
            }
          }
        }
      },
      "$defs": {
        "amount": {
          "description": "Montant en euros, au plus deux décimales : 49000, 49000.00 ou \"49 000,00 €\".",
          "oneOf": [
            { "type": "number", "minimum": 0, "multipleOf": 0.01 },
            { "type": "string", "pattern": "^\\s*\\+?[0-9][0-9 \\u00A0\\u202F]*([.,][0-9]{1,2})?\\s*€?\\s*$" }
          ]
        },
        "rate": {
          "description": "Taux : \"60 %\" ou une fraction de 0 à 1 (0.6).",
          "oneOf": [
            { "type": "number", "minimum": 0, "maximum": 1 },
            { "type": "string", "pattern": "^\\s*[0-9]+([.,][0-9]{1,4})?\\s*%\\s*$" }
          ]
        },
        "fte": {
          "description": "Nombre d'ETP (ou d'unités), au plus deux décimales : 0.5, \"0,5\".",
          "oneOf": [
            { "type": "number", "minimum": 0, "multipleOf": 0.01 },
            { "type": "string", "pattern": "^\\s*[0-9]+([.,][0-9]{1,2})?\\s*$" }
          ]
        },
        "count": { "type": "integer", "minimum": 0, "maximum": 1000000000 },
        "budgetLine": {
          "type": "object", "additionalProperties": false, "required": ["account", "label", "amount"],
          "properties": {
            "account": { "type": ["string", "integer"], "description": "Compte du CERFA 12156 : 60 à 68, CI, 86, 70 à 79, 87 (ou un sous-compte : 706, 7411…)." },
            "label": { "type": "string", "minLength": 1 },
            "amount": { "$ref": "#/$defs/amount" },
            "purpose": { "$ref": "#/$defs/purpose" }
          }
        },
        "purpose": {
          "enum": ["equipment", "moving", "meters", "transport", "neighbourhood", "deposit", "housingManagement", "followUp", "practiceAnalysis", "platformNurse"]
        },
        "subsidyLine": {
          "enum": ["state", "region", "department", "intercommunality", "municipality", "socialBodies", "europeanFunds", "asp", "otherPublic", "privateAid"]
        },
        "month": { "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$" }
      }
    }
    """#
}
