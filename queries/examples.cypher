// Example questions over the newsgraph graph in Neo4j 5 (load it with `npm run neo4j -- push`).
// Each query has a header: `// name:` (an id), `// question:` (what it answers) and, where it
// takes parameters, `// params:` with their values as one JSON object. In Neo4j Browser set them
// first, e.g. `:param target => 'Russia'`; in cypher-shell `:param {target: 'Russia'}`.
// Names match an entity's key, name or any alias, ignoring case.

// name: troops-sent-to
// question: Who sent troops to Russia?
// params: {"target": "Russia"}
MATCH (actor:Entity)-[r:SENT_TROOPS_TO]->(target:Entity)
WHERE toLower($target) IN [x IN [target.key, target.name] + target.aliases | toLower(x)]
RETURN actor.name AS actor, actor.kind AS kind, target.name AS target,
       r.count AS reports, r.firstDate AS first, r.lastDate AS last, r.docs AS articles
ORDER BY reports DESC, actor;

// name: everything-an-actor-did
// question: Everything Shoigu did, with the sentence and the article that say so.
// params: {"actor": "Shoigu"}
MATCH (actor:Entity)-[r]->(other:Entity)
WHERE toLower($actor) IN [x IN [actor.key, actor.name] + actor.aliases | toLower(x)]
UNWIND range(0, size(r.sentences) - 1) AS i
OPTIONAL MATCH (article:Article {id: r.sentenceDocs[i]})
RETURN actor.name AS actor, r.label AS did, other.name AS target, r.sentences[i] AS sentence,
       article.title AS article, article.source AS source, article.date AS date
ORDER BY date, did, target;

// name: shortest-path
// question: The shortest path from Trump to Kim Jong Un (through entities only, any direction).
// params: {"fromName": "Trump", "toName": "Kim Jong Un"}
MATCH (a:Entity)
WHERE toLower($fromName) IN [x IN [a.key, a.name] + a.aliases | toLower(x)]
WITH a
MATCH (b:Entity)
WHERE toLower($toName) IN [x IN [b.key, b.name] + b.aliases | toLower(x)] AND a <> b
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | r.label] AS relations, length(p) AS hops
ORDER BY hops
LIMIT 5;

// name: most-connected
// question: Which actors are the most connected (relations to other entities, articles mentioning them)?
MATCH (e:Entity)
WITH e, COUNT { (e)--(:Entity) } AS degree
WHERE degree > 0
RETURN e.name AS entity, e.kind AS kind, degree, size(e.docs) AS articles
ORDER BY degree DESC, articles DESC, entity
LIMIT 15;

// name: relations-by-source
// question: Which relations did articles from one news source (TASS) report?
// params: {"source": "TASS"}
MATCH (article:Article)
WHERE toLower(article.source) = toLower($source)
MATCH (s:Entity)-[r]->(t:Entity)
WHERE article.id IN r.docs
RETURN article.date AS date, article.title AS article, s.name AS actor, r.label AS relation, t.name AS target
ORDER BY date, article, actor;

// name: relations-in-date-range
// question: Which relations have evidence dated in a range (dates may be YYYY-MM-DD, YYYY-MM or YYYY)?
// params: {"fromDate": "2025-06-01", "toDate": "2025-06-30"}
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.firstDate <= $toDate AND r.lastDate >= left($fromDate, size(r.lastDate))
RETURN s.name AS actor, r.label AS relation, t.name AS target, r.firstDate AS first, r.lastDate AS last, r.count AS reports
ORDER BY first, actor;

// name: sanctions
// question: All sanctions and their targets.
MATCH (s:Entity)-[r:SANCTIONED]->(t:Entity)
RETURN s.name AS sanctioner, t.name AS target, t.kind AS targetKind,
       r.count AS reports, r.firstDate AS first, r.docs AS articles
ORDER BY target, sanctioner;

// name: praise
// question: Who praised whom?
MATCH (s:Entity)-[r:PRAISED]->(t:Entity)
RETURN s.name AS who, t.name AS praised, r.verbs AS how, r.count AS reports, r.sentences AS sentences
ORDER BY reports DESC, who;

// name: two-hops-from
// question: Which entities are two hops from Rosneft, and through whom?
// params: {"name": "Rosneft"}
MATCH (start:Entity)
WHERE toLower($name) IN [x IN [start.key, start.name] + start.aliases | toLower(x)]
MATCH p = (start)-[*2]-(other:Entity)
WHERE all(n IN nodes(p) WHERE n:Entity) AND other <> start
RETURN other.name AS entity, other.kind AS kind, collect(DISTINCT nodes(p)[1].name) AS via
ORDER BY entity;

// name: sourced-to-article
// question: Everything sourced to one article: each relation with the sentences that state it.
// params: {"doc": "a1"}
MATCH (article:Article {id: $doc})
MATCH (s:Entity)-[r]->(t:Entity)
WHERE $doc IN r.docs
RETURN article.title AS article, s.name AS actor, r.label AS relation, t.name AS target,
       [i IN range(0, size(r.sentences) - 1) WHERE r.sentenceDocs[i] = $doc | r.sentences[i]] AS sentences
ORDER BY actor, relation;

// name: mentioned-in-article
// question: Which entities does one article mention, by kind?
// params: {"doc": "a1"}
MATCH (article:Article {id: $doc})-[:MENTIONS]->(e:Entity)
RETURN e.kind AS kind, collect(e.name) AS entities
ORDER BY kind;

// name: meetings
// question: Who met with whom (a symmetric relation, each pair once)?
MATCH (a:Entity)-[r:MET_WITH]-(b:Entity)
WHERE a.key < b.key
RETURN a.name AS one, b.name AS other, r.count AS reports, r.firstDate AS first, r.lastDate AS last
ORDER BY first;

// name: military-support
// question: Who sends troops, weapons or other support to whom?
MATCH (s:Entity)-[r:SENT_TROOPS_TO|SUPPLIED_WEAPONS_TO|SUPPORTED]->(t:Entity)
RETURN s.name AS supporter, r.label AS how, t.name AS supported, r.count AS reports, r.lastDate AS last
ORDER BY supported, supporter;

// name: leaders-and-members
// question: Who leads or holds a post in which country, organisation or force?
MATCH (p:Entity)-[r:LEADER_OF|MEMBER_OF]->(o:Entity)
RETURN o.name AS body, o.kind AS kind, r.label AS relation, p.name AS who, r.verbs AS post
ORDER BY body, relation, who;

// name: relation-overview
// question: How many relations of each type does the graph hold, over how many sentences?
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS relation, count(*) AS relationships, sum(r.count) AS sentences
ORDER BY relationships DESC, relation;
