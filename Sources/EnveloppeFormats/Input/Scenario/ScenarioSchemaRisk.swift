extension ScenarioSchema {
    /// The `risk` block of `enveloppe risk`, with its distributions.
    static let risk = #"""
            "risk": {
              "type": "object",
              "additionalProperties": false,
              "description": "Ce qui est incertain, pour enveloppe risk : retards de paiement par financeur, montée en charge, sorties anticipées, délai de remplacement, vacance de postes ; le découvert autorisé et le coût du portage. Voir docs/risque.md.",
              "properties": {
                "paymentDelays": {
                  "type": "object",
                  "description": "Par identifiant de financeur (ddets, metropole, departement, ddcs) : mois de retard au-delà des conditions de versement.",
                  "additionalProperties": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                      "advance": { "$ref": "#/properties/risk/$defs/delay", "description": "Retard de l'avance et des versements avant le solde (une même signature)." },
                      "balance": { "$ref": "#/properties/risk/$defs/delay", "description": "Retard du solde (ou du reversement)." }
                    }
                  }
                },
                "rampUp": { "$ref": "#/properties/risk/$defs/distribution", "description": "Ménages entrant par mois, à la place de intake.rampUp (1 au moins)." },
                "earlyExitRate": { "$ref": "#/properties/risk/$defs/distribution", "description": "Part des places dont le ménage sort avant la fin de son accompagnement, par convention : \"5 %\"." },
                "refillDelayMonths": { "$ref": "#/properties/risk/$defs/distribution", "description": "Mois pendant lesquels une place libérée reste vide (0 à 24)." },
                "staffVacancyMonths": { "$ref": "#/properties/risk/$defs/distribution", "description": "Mois de vacance de chaque poste à son ouverture (un recrutement), tirés poste par poste (0 à 120)." },
                "overdraftLimit": { "$ref": "#/$defs/amount", "description": "Découvert autorisé par la banque." },
                "bridging": {
                  "type": "object",
                  "additionalProperties": false,
                  "oneOf": [{ "required": ["overdraftRate"] }, { "required": ["assignmentRate"] }],
                  "description": "Coût du portage : un découvert à un taux annuel, ou une cession de créance à un taux du montant à trouver.",
                  "properties": {
                    "overdraftRate": { "$ref": "#/$defs/rate", "description": "Taux annuel du découvert, sur chaque solde de fin de mois négatif (un douzième par mois)." },
                    "assignmentRate": { "$ref": "#/$defs/rate", "description": "Coût d'une cession de créance (Dailly), en taux du montant le plus haut à trouver, une fois." }
                  }
                }
              },
              "$defs": {
                "value": {
                  "description": "Un nombre entier (mois, ménages) ou un taux (\"5 %\").",
                  "anyOf": [{ "type": "integer", "minimum": 0 }, { "$ref": "#/$defs/rate" }]
                },
                "delay": {
                  "oneOf": [{ "type": "integer", "minimum": 0, "maximum": 36 }, { "$ref": "#/properties/risk/$defs/range" }]
                },
                "distribution": {
                  "oneOf": [{ "$ref": "#/properties/risk/$defs/value" }, { "$ref": "#/properties/risk/$defs/range" }]
                },
                "range": {
                  "type": "object",
                  "additionalProperties": false,
                  "description": "{\"min\", \"max\"} : chaque valeur entière de min à max également probable ; avec \"likely\" : un triangle ; ou {\"values\", \"weights\"} : des valeurs et leurs poids.",
                  "oneOf": [{ "required": ["min", "max"] }, { "required": ["values"] }],
                  "properties": {
                    "min": { "$ref": "#/properties/risk/$defs/value" },
                    "likely": { "$ref": "#/properties/risk/$defs/value" },
                    "max": { "$ref": "#/properties/risk/$defs/value" },
                    "values": { "type": "array", "minItems": 1, "items": { "$ref": "#/properties/risk/$defs/value" } },
                    "weights": { "type": "array", "items": { "type": "integer", "minimum": 1 } }
                  }
                }
              }
            },
        """#
}
