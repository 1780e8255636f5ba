<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConvStudio::AdapterDeliveryBuilder</name>
    <message>
        <source>No payload builder for the platform &quot;%1&quot;.</source>
        <translation>No hay ningún generador de payload para la plataforma &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is a file to upload by hand, not sent by the connector.</source>
        <translation>%1 es un archivo para subir manualmente; el conector no lo envía.</translation>
    </message>
    <message>
        <source>%1 built nothing for this conversion.</source>
        <translation>%1 no generó nada para esta conversión.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::AdapterKit</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Excelente</translation>
    </message>
    <message>
        <source>%1: the event is in the future: skipped</source>
        <translation>%1: el evento está en el futuro: omitido</translation>
    </message>
    <message>
        <source>%1: event older than %2 days: skipped</source>
        <translation>%1: evento con más de %2 días de antigüedad: omitido</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BackfillCommand</name>
    <message>
        <source>These stored conversions only (comma-separated ids).</source>
        <translation>Solo estas conversiones guardadas (ids separados por comas).</translation>
    </message>
    <message>
        <source>ID[,ID...]</source>
        <translation>ID[,ID...]</translation>
    </message>
    <message>
        <source>The stored conversions of this rule only.</source>
        <translation>Solo las conversiones guardadas de esta regla.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Conversions at or after this time.</source>
        <translation>Conversiones en este momento o después.</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Conversions before this time.</source>
        <translation>Conversiones anteriores a este momento.</translation>
    </message>
    <message>
        <source>Only for the connections of this platform.</source>
        <translation>Solo para las conexiones de esta plataforma.</translation>
    </message>
    <message>
        <source>Only for this connection.</source>
        <translation>Solo para esta conexión.</translation>
    </message>
    <message>
        <source>Count what would be queued, already is, or is too old, and queue nothing.</source>
        <translation>Contar lo que se pondría en cola, lo que ya está o lo que es demasiado antiguo, sin poner nada en cola.</translation>
    </message>
    <message>
        <source>Print the summary per platform as JSON.</source>
        <translation>Imprimir el resumen por plataforma como JSON.</translation>
    </message>
    <message>
        <source>The time the platforms&apos; windows are measured from (default: the current time).</source>
        <translation>El momento desde el que se miden las ventanas de las plataformas (por defecto: ahora).</translation>
    </message>
    <message>
        <source>Queues past stored conversions for the connected platforms, as if they had just been stored. What a connection has queued already is left as it is; conversions older than a platform accepts are recorded as skipped, with the reason. &apos;convstudio send&apos; delivers them.</source>
        <translation>Pone en cola las conversiones guardadas anteriores para las plataformas conectadas, como si se acabaran de guardar. Lo que una conexión ya tiene en cola se deja como está; las conversiones más antiguas de lo que acepta una plataforma se registran como omitidas, con el motivo. &apos;convstudio send&apos; las entrega.</translation>
    </message>
    <message>
        <source>backfill takes no arguments, only options. See &apos;convstudio backfill --help&apos;.</source>
        <translation>backfill no admite argumentos, solo opciones. Consulte &apos;convstudio backfill --help&apos;.</translation>
    </message>
    <message>
        <source>--connection needs a connection id (see &apos;convstudio connections list&apos;).</source>
        <translation>--connection necesita un id de conexión (vea &apos;convstudio connections list&apos;).</translation>
    </message>
    <message>
        <source>There is no rule &apos;%1&apos;. See &apos;convstudio rules list&apos;.</source>
        <translation>No existe la regla &apos;%1&apos;. Vea &apos;convstudio rules list&apos;.</translation>
    </message>
    <message>
        <source>No connection matches: see &apos;convstudio connections list&apos;.</source>
        <translation>Ninguna conexión coincide: vea &apos;convstudio connections list&apos;.</translation>
    </message>
    <message>
        <source>No platform is connected: add one with &apos;convstudio connections add&apos;.</source>
        <translation>No hay ninguna plataforma conectada: añada una con &apos;convstudio connections add&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n past conversion(s) match.</source>
        <translation>
            <numerusform>Coincide %n conversión anterior.</numerusform>
            <numerusform>Coinciden %n conversiones anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 would be queued, %3 already queued, %4 too old for the platform (would be skipped)</source>
        <translation>%1: %2 se pondrían en cola, %3 ya en cola, %4 demasiado antiguas para la plataforma (se omitirían)</translation>
    </message>
    <message>
        <source>The backfill failed: %1</source>
        <translation>El envío retroactivo falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n past conversion(s) read.</source>
        <translation>
            <numerusform>%n conversión anterior leída.</numerusform>
            <numerusform>%n conversiones anteriores leídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 queued, %3 skipped, %4 already queued</source>
        <translation>%1: %2 en cola, %3 omitidas, %4 ya en cola</translation>
    </message>
    <message>
        <source>  %1, skipped %2×: %3</source>
        <translation>  %1, omitidas %2×: %3</translation>
    </message>
    <message>
        <source>Run &apos;convstudio send&apos; (or open the app) to deliver them.</source>
        <translation>Ejecute &apos;convstudio send&apos; (o abra la aplicación) para entregarlas.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BackfillDialog</name>
    <message>
        <source>Send past conversions</source>
        <translation>Enviar conversiones anteriores</translation>
    </message>
    <message>
        <source>Every connected platform</source>
        <translation>Todas las plataformas conectadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Todas las reglas</translation>
    </message>
    <message>
        <source>Conversions stored before a platform was connected (or while it could not take them) are queued now, as if they had just happened. Each goes to a platform once; conversions older than a platform accepts are recorded as skipped, with the reason.</source>
        <translation>Las conversiones guardadas antes de conectar una plataforma (o mientras no podía recibirlas) se ponen ahora en cola, como si acabaran de ocurrir. Cada una va a una plataforma una sola vez; las conversiones más antiguas de lo que acepta una plataforma se registran como omitidas, con el motivo.</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Conversions of</source>
        <translation>Conversiones de</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Hasta (incluido)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>%n past conversion(s) in this range.</source>
        <translation>
            <numerusform>%n conversión anterior en este periodo.</numerusform>
            <numerusform>%n conversiones anteriores en este periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 will be queued.</source>
        <translation>Se pondrán %1 en cola.</translation>
    </message>
    <message>
        <source>Nothing new to queue.</source>
        <translation>Nada nuevo que poner en cola.</translation>
    </message>
    <message>
        <source>%1 were queued already and stay as they are.</source>
        <translation>%1 ya estaban en cola y se quedan como están.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>Too old for the platform, recorded as skipped: %1.</source>
        <translation>Demasiado antiguas para la plataforma, registradas como omitidas: %1.</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Poner %1 en cola</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Poner en cola</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 of %2 conversions</source>
        <translation>%1 de %2 conversiones</translation>
    </message>
    <message>
        <source>The backfill stopped: %1</source>
        <translation>El envío retroactivo se detuvo: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 conversions. What was queued stays queued.</source>
        <translation>Cancelado tras %1 de %2 conversiones. Lo que se puso en cola sigue en cola.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n conversion(s) read.</source>
        <translation>
            <numerusform>Listo: %n conversión leída.</numerusform>
            <numerusform>Listo: %n conversiones leídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 queued, %2 skipped, %3 queued already.</source>
        <translation>%1 en cola, %2 omitidas, %3 ya estaban en cola.</translation>
    </message>
    <message>
        <source>Skipped %1×: %2</source>
        <translation>Omitidas %1×: %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::AwinTransactionsPreset</name>
    <message>
        <source>Awin transactions</source>
        <translation>Transacciones de Awin</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::CjCommissionsPreset</name>
    <message>
        <source>CJ Affiliate commissions</source>
        <translation>Comisiones de CJ Affiliate</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::ClickBankPreset</name>
    <message>
        <source>ClickBank transactions</source>
        <translation>Transacciones de ClickBank</translation>
    </message>
    <message>
        <source>transaction type %1 is neither a sale nor a refund</source>
        <translation>el tipo de transacción %1 no es ni una venta ni un reembolso</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::GoogleAdsOfflinePreset</name>
    <message>
        <source>Google Ads offline conversions</source>
        <translation>Conversiones offline de Google Ads</translation>
    </message>
    <message>
        <source>the row has no Google Click ID, GBRAID or WBRAID</source>
        <translation>la fila no tiene Google Click ID, GBRAID ni WBRAID</translation>
    </message>
    <message>
        <source>the row has more than one of Google Click ID, GBRAID and WBRAID</source>
        <translation>la fila tiene más de uno de Google Click ID, GBRAID y WBRAID</translation>
    </message>
    <message>
        <source>the conversion name is empty</source>
        <translation>el nombre de la conversión está vacío</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::HubSpotContactsPreset</name>
    <message>
        <source>HubSpot contacts</source>
        <translation>Contactos de HubSpot</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::ImpactActionsPreset</name>
    <message>
        <source>impact.com actions</source>
        <translation>Acciones de impact.com</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::MetaOfflineEventsPreset</name>
    <message>
        <source>Meta offline events</source>
        <translation>Eventos offline de Meta</translation>
    </message>
    <message>
        <source>the event name is empty</source>
        <translation>el nombre del evento está vacío</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::PayPalActivityPreset</name>
    <message>
        <source>PayPal activity</source>
        <translation>Actividad de PayPal</translation>
    </message>
    <message>
        <source>%1 (%2) is not an incoming payment or a refund</source>
        <translation>%1 (%2) no es un pago entrante ni un reembolso</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::SalesforceLeadsPreset</name>
    <message>
        <source>Salesforce leads report</source>
        <translation>Informe de leads de Salesforce</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::ShopifyOrdersPreset</name>
    <message>
        <source>Shopify orders</source>
        <translation>Pedidos de Shopify</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::StripePaymentsPreset</name>
    <message>
        <source>Stripe payments</source>
        <translation>Pagos de Stripe</translation>
    </message>
    <message>
        <source>payment %1 not paid (status %2): %3</source>
        <translation>pago %1 no abonado (estado %2): %3</translation>
    </message>
</context>
<context>
    <name>ConvStudio::BuiltinPresets::WooCommerceOrdersPreset</name>
    <message>
        <source>WooCommerce orders</source>
        <translation>Pedidos de WooCommerce</translation>
    </message>
</context>
<context>
    <name>ConvStudio::Cli</name>
    <message>
        <source>Store and list canonical events</source>
        <translation>Guardar y listar eventos canónicos</translation>
    </message>
    <message>
        <source>Usage: convstudio [--db PATH] [COMMAND [ARGS...]]

Conversion Studio composes marketing conversions from events, previews what every ad platform would receive, and delivers it. Without a command it opens the window.

Options:
  --db PATH     the workspace file (default: %1)
  --version     print the version
  --help        print this help; COMMAND --help for a command

Commands:
</source>
        <translation>Uso: convstudio [--db PATH] [COMMAND [ARGS...]]

Conversion Studio compone conversiones de marketing a partir de eventos, muestra una vista previa de lo que recibiría cada plataforma publicitaria y las entrega. Sin un comando, abre la ventana.

Opciones:
  --db PATH     el archivo del espacio de trabajo (predeterminado: %1)
  --version     mostrar la versión
  --help        mostrar esta ayuda; COMMAND --help para un comando

Comandos:
</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command. Try &apos;convstudio --help&apos;.</source>
        <translation>&apos;%1&apos; no es un comando. Ver &apos;convstudio --help&apos;.</translation>
    </message>
    <message>
        <source>Connect ad-platform accounts (tokens in the keychain)</source>
        <translation>Conectar cuentas de plataformas publicitarias (tokens en el llavero)</translation>
    </message>
    <message>
        <source>Import a CSV export as canonical events</source>
        <translation>Importar una exportación CSV como eventos canónicos</translation>
    </message>
    <message>
        <source>Print or rotate the listener&apos;s token; set webhook secrets</source>
        <translation>Mostrar o rotar el token del receptor; definir los secretos de webhook</translation>
    </message>
    <message>
        <source>Show what a rule would match in the workspace</source>
        <translation>Mostrar qué eventos del espacio de trabajo coincidirían con una regla</translation>
    </message>
    <message>
        <source>Preview the exact payload every ad platform would receive</source>
        <translation>Previsualizar el payload exacto que recibiría cada plataforma publicitaria</translation>
    </message>
    <message>
        <source>Match store orders, credited sales and forwarded conversions</source>
        <translation>Conciliar pedidos de la tienda, ventas acreditadas y conversiones reenviadas</translation>
    </message>
    <message>
        <source>Add, list, export and remove conversion rules</source>
        <translation>Añadir, listar, exportar y eliminar reglas de conversión</translation>
    </message>
    <message>
        <source>Credited sales by network, program, status or period</source>
        <translation>Ventas acreditadas por red, programa, estado o período</translation>
    </message>
    <message>
        <source>Deliver queued conversions to the connected platforms</source>
        <translation>Entregar las conversiones en cola a las plataformas conectadas</translation>
    </message>
    <message>
        <source>Receive webhooks and affiliate postbacks until stopped</source>
        <translation>Recibir webhooks y postbacks de afiliados hasta que se detenga</translation>
    </message>
    <message>
        <source>Queue past conversions for the connected platforms</source>
        <translation>Poner en cola conversiones anteriores para las plataformas conectadas</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>%1 Try &apos;%2 --help&apos;.</source>
        <translation>%1 Ver &apos;%2 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (2026-11-01) or an ISO-8601 time with a zone (2026-11-20T00:00:00Z).</source>
        <translation>--%1 &apos;%2&apos; no es una fecha (2026-11-01) ni una hora ISO-8601 con zona (2026-11-20T00:00:00Z).</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConditionRowWidget</name>
    <message numerus="yes">
        <source>%1
%n event(s) have it, e.g. %2</source>
        <translation>
            <numerusform>%1
%n evento lo tiene, p. ej., %2</numerusform>
            <numerusform>%1
%n eventos lo tienen, p. ej., %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Not seen in this workspace yet</source>
        <translation>%1
Aún no visto en este espacio de trabajo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>valores separados por comas</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <source>No event in this workspace has this field yet: the condition matches nothing for now.</source>
        <translation>Ningún evento de este espacio de trabajo tiene aún este campo: por ahora la condición no coincide con nada.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionCard</name>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Modo de prueba</translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Hay que volver a conectar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>%1 waiting · %2 failed · %3 sent</source>
        <translation>%1 en espera · %2 fallidas · %3 enviadas</translation>
    </message>
    <message>
        <source>Last delivered %1</source>
        <translation>Última entrega %1</translation>
    </message>
    <message>
        <source>Nothing delivered yet</source>
        <translation>Aún no se ha entregado nada</translation>
    </message>
    <message>
        <source>%1 Edit the connection and paste a new token.</source>
        <translation>%1 Edite la conexión y pegue un token nuevo.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Enviar evento de prueba</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Hold this connection&apos;s deliveries. New conversions are still queued and go out on Resume.</source>
        <translation>Retener las entregas de esta conexión. Las conversiones nuevas se siguen poniendo en cola y salen al reanudar.</translation>
    </message>
    <message>
        <source>Deliver what waits, and what comes next.</source>
        <translation>Entregar lo que espera y lo que venga.</translation>
    </message>
    <message>
        <source>Send past conversions…</source>
        <translation>Enviar conversiones anteriores…</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionListModel</name>
    <message>
        <source>Nothing sent yet</source>
        <translation>Aún no se ha enviado nada</translation>
    </message>
    <message>
        <source>%1% delivered</source>
        <translation>%1% entregado</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation>próximo intento %1</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>Requiere reconexión</translation>
    </message>
    <message>
        <source>Connected · test mode</source>
        <translation>Conectado · modo de prueba</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4</source>
        <translation>%1
%2 · %3
%4</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionRepository</name>
    <message>
        <source>The settings contain &quot;%1&quot;: credentials are never stored in the workspace. Pass the token separately (--token-stdin).</source>
        <translation>La configuración contiene &quot;%1&quot;: las credenciales nunca se guardan en el espacio de trabajo. El token debe pasarse por separado (--token-stdin).</translation>
    </message>
    <message>
        <source>There is no connection %1.</source>
        <translation>No existe la conexión %1.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionSettings</name>
    <message>
        <source>the connection settings must be one JSON object</source>
        <translation>la configuración de la conexión debe ser un único objeto JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>&apos;endpoint&apos; must start with http:// or https://, such as http://127.0.0.1:8088</source>
        <translation>&apos;endpoint&apos; debe empezar por http:// o https://, como http://127.0.0.1:8088</translation>
    </message>
    <message>
        <source>&apos;default_country&apos; must be a two-letter ISO code such as US or DE, not &apos;%1&apos;</source>
        <translation>&apos;default_country&apos; debe ser un código ISO de dos letras como US o DE, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;event_names&apos; must be an object such as {&quot;Purchase&quot;: &quot;CompletePayment&quot;}</source>
        <translation>&apos;event_names&apos; debe ser un objeto como {&quot;Purchase&quot;: &quot;CompletePayment&quot;}</translation>
    </message>
    <message>
        <source>&apos;event_names.%1&apos; must be a string</source>
        <translation>&apos;event_names.%1&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 no es un JSON válido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionsCommand</name>
    <message>
        <source>Usage: convstudio connections add --platform ID --settings FILE [--token-stdin] [--test-mode] [--json]
       convstudio connections list [--json]
       convstudio connections remove ID
       convstudio connections test ID [--json]

Connect ad-platform accounts. Tokens go to the system keychain (or, where none runs, to a file only you can read), never into the workspace.
</source>
        <translation>Uso: convstudio connections add --platform ID --settings FILE [--token-stdin] [--test-mode] [--json]
     convstudio connections list [--json]
     convstudio connections remove ID
     convstudio connections test ID [--json]

Conectar cuentas de plataformas publicitarias. Los tokens se guardan en el llavero del sistema (o, si no hay ninguno en ejecución, en un archivo legible solo por el usuario actual), nunca en el espacio de trabajo.
</translation>
    </message>
    <message>
        <source>&apos;connections %1&apos; is not a command. Try &apos;convstudio connections --help&apos;.</source>
        <translation>&apos;connections %1&apos; no es un comando. Ver &apos;convstudio connections --help&apos;.</translation>
    </message>
    <message>
        <source>No keychain service is running: the token is kept in %1, readable only by you.</source>
        <translation>No hay ningún servicio de llavero en ejecución: el token se guarda en %1, legible solo por el usuario actual.</translation>
    </message>
    <message>
        <source>Give one connection id (see &apos;convstudio connections list&apos;).</source>
        <translation>Indicar un ID de conexión (ver &apos;convstudio connections list&apos;).</translation>
    </message>
    <message>
        <source>The platform id: meta, tiktok, ga4, google_ads …</source>
        <translation>El ID de la plataforma: meta, tiktok, ga4, google_ads …</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The connection settings (JSON).</source>
        <translation>La configuración de la conexión (JSON).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the access token (or a JSON object of secrets) from standard input.</source>
        <translation>Leer el token de acceso (o un objeto JSON de secretos) desde la entrada estándar.</translation>
    </message>
    <message>
        <source>Send in the platform&apos;s test mode.</source>
        <translation>Enviar en el modo de prueba de la plataforma.</translation>
    </message>
    <message>
        <source>Print {&quot;id&quot;} as JSON.</source>
        <translation>Mostrar {&quot;id&quot;} como JSON.</translation>
    </message>
    <message>
        <source>Adds a connection to an ad-platform account and prints its id.</source>
        <translation>Añade una conexión a una cuenta de plataforma publicitaria y muestra su ID.</translation>
    </message>
    <message>
        <source>Give --platform, one of: %1.</source>
        <translation>Indicar --platform, uno de: %1.</translation>
    </message>
    <message>
        <source>connections add needs --settings FILE.</source>
        <translation>connections add necesita --settings FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>The token could not be stored: %1</source>
        <translation>No se pudo guardar el token: %1</translation>
    </message>
    <message>
        <source>Print a JSON array; tokens are masked.</source>
        <translation>Mostrar un array JSON; los tokens se enmascaran.</translation>
    </message>
    <message>
        <source>Lists the connections with their state; tokens are masked.</source>
        <translation>Lista las conexiones con su estado; los tokens se enmascaran.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>needs reconnect</source>
        <translation>requiere reconexión</translation>
    </message>
    <message>
        <source> (test mode)</source>
        <translation> (modo de prueba)</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>sin token</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <source>The connection id.</source>
        <translation>El ID de la conexión.</translation>
    </message>
    <message>
        <source>Removes a connection, its token and its pending deliveries.</source>
        <translation>Elimina una conexión, su token y sus entregas pendientes.</translation>
    </message>
    <message>
        <source>Print {&quot;ok&quot;, &quot;message&quot;} as JSON.</source>
        <translation>Mostrar {&quot;ok&quot;, &quot;message&quot;} como JSON.</translation>
    </message>
    <message>
        <source>Sends the platform&apos;s test or validate request and says what the platform answered.</source>
        <translation>Envía la solicitud de prueba o validación de la plataforma e indica qué respondió la plataforma.</translation>
    </message>
    <message>
        <source>There is no connection %1.</source>
        <translation>No existe la conexión %1.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectionsPage</name>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Testing and advanced</source>
        <translation>Pruebas y opciones avanzadas</translation>
    </message>
    <message>
        <source>Send in the platform&apos;s test mode</source>
        <translation>Enviar en el modo de prueba de la plataforma</translation>
    </message>
    <message>
        <source>e.g. TEST12345, from the platform&apos;s Test events tab</source>
        <translation>p. ej., TEST12345, de la pestaña Eventos de prueba de la plataforma</translation>
    </message>
    <message>
        <source>Two letters, e.g. US: completes national phone numbers</source>
        <translation>Dos letras, p. ej., US: completa los números de teléfono nacionales</translation>
    </message>
    <message>
        <source>Only for a proxy or a local test server</source>
        <translation>Solo para un proxy o un servidor de pruebas local</translation>
    </message>
    <message>
        <source>Test event code</source>
        <translation>Código de evento de prueba</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Sending the platform&apos;s test request…</source>
        <translation>Enviando la solicitud de prueba de la plataforma…</translation>
    </message>
    <message>
        <source>Sending a test event…</source>
        <translation>Enviando un evento de prueba…</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Añadir una conexión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Enviar evento de prueba</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>No platform is connected yet. Add one to send your conversions to Meta, Google, TikTok and the others.</source>
        <translation>Aún no hay ninguna plataforma conectada. Añadir una para enviar las conversiones a Meta, Google, TikTok y las demás.</translation>
    </message>
    <message>
        <source>%1. Where: %2</source>
        <translation>%1. Dónde: %2</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Paste the token here</source>
        <translation>Pegar el token aquí</translation>
    </message>
    <message>
        <source>Stored in the keychain. Type a new token to replace it</source>
        <translation>Guardado en el llavero. Escribir un token nuevo para reemplazarlo</translation>
    </message>
    <message>
        <source>Needs a reconnect: %1 Paste a new token and save.</source>
        <translation>Requiere reconexión: %1 Pegar un token nuevo y guardar.</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Send past conversions…</source>
        <translation>Enviar conversiones anteriores…</translation>
    </message>
    <message>
        <source>Queue conversions stored before a platform was connected</source>
        <translation>Poner en cola las conversiones guardadas antes de conectar una plataforma</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConnectorPages</name>
    <message>
        <source>Connector: no platform connected</source>
        <translation>Conector: ninguna plataforma conectada</translation>
    </message>
    <message numerus="yes">
        <source>Connector: %n connection(s) need a reconnect</source>
        <translation>
            <numerusform>Conector: %n conexión requiere reconexión</numerusform>
            <numerusform>Conector: %n conexiones requieren reconexión</numerusform>
        </translation>
    </message>
    <message>
        <source>Connector: %1 waiting, %2 failed</source>
        <translation>Conector: %1 en espera, %2 fallidas</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The token could not be stored: %1</source>
        <translation>No se pudo guardar el token: %1</translation>
    </message>
    <message>
        <source>Saved. The token is in the system keychain.</source>
        <translation>Guardado. El token está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Saved. No keychain service runs: the token is kept in %1, readable only by you.</source>
        <translation>Guardado. No hay ningún servicio de llavero en ejecución: el token se guarda en %1, legible solo por el usuario actual.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its token is deleted and deliveries not yet sent to it are dropped. What was sent stays sent.</source>
        <translation>¿Eliminar &quot;%1&quot;? Se borra su token y se descartan las entregas aún no enviadas. Lo ya enviado sigue enviado.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConversionRepository</name>
    <message>
        <source>A conversion must name stored events.</source>
        <translation>Una conversión debe hacer referencia a eventos guardados.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConversionRetraction</name>
    <message>
        <source>Retracted: the rule no longer produces this conversion.</source>
        <translation>Retirada: la regla ya no produce esta conversión.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ConversionsPage</name>
    <message>
        <source>Conversion rules</source>
        <translation>Reglas de conversión</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Blank rule</source>
        <translation>Regla en blanco</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>A partir de una plantilla</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Tick a rule to evaluate new events against it as they arrive.</source>
        <translation>Marcar una regla para evaluar con ella los eventos nuevos a medida que llegan.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Storing the conversions failed: %1</source>
        <translation>Error al guardar las conversiones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has changes that are not saved.</source>
        <translation>La regla &quot;%1&quot; tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>New conversion</source>
        <translation>Nueva conversión</translation>
    </message>
    <message>
        <source>Give the rule a name before saving.</source>
        <translation>La regla necesita un nombre antes de guardarla.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Error al guardar: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Eliminar regla</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot;? Its %n stored conversion(s) are removed too; conversions already sent to platforms stay there.</source>
        <translation>
            <numerusform>¿Eliminar &quot;%1&quot;? También se elimina su %n conversión guardada; las conversiones ya enviadas a las plataformas permanecen allí.</numerusform>
            <numerusform>¿Eliminar &quot;%1&quot;? También se eliminan sus %n conversiones guardadas; las conversiones ya enviadas a las plataformas permanecen allí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting failed: %1</source>
        <translation>Error al eliminar: %1</translation>
    </message>
    <message>
        <source>Import conversion rules</source>
        <translation>Importar reglas de conversión</translation>
    </message>
    <message>
        <source>Rule files (*.json)</source>
        <translation>Archivos de reglas (*.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid rule file.

%2</source>
        <translation>%1 no es un archivo de reglas válido.

%2</translation>
    </message>
    <message>
        <source>Storing &quot;%1&quot; failed: %2</source>
        <translation>Error al guardar &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s).</source>
        <translation>
            <numerusform>Se importó %n regla.</numerusform>
            <numerusform>Se importaron %n reglas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export conversion rule</source>
        <translation>Exportar regla de conversión</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>New rule, not saved yet: the preview shows what it would match.</source>
        <translation>Regla nueva, aún sin guardar: la vista previa muestra con qué coincidiría.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CreditedSaleListModel</name>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Program or offer</source>
        <translation>Programa u oferta</translation>
    </message>
    <message>
        <source>Sub-id</source>
        <translation>Sub-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Sale amount</source>
        <translation>Importe de la venta</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvImport</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>The mapping names columns this file does not have: %1. Columns found: %2.</source>
        <translation>El mapeo indica columnas que este archivo no tiene: %1. Columnas encontradas: %2.</translation>
    </message>
    <message>
        <source>The generic preset needs a mapping file (--mapping FILE).</source>
        <translation>El preset genérico necesita un archivo de mapeo (--mapping FILE).</translation>
    </message>
    <message>
        <source>There is no preset &apos;%1&apos;. Presets: %2.</source>
        <translation>No existe el preset &apos;%1&apos;. Presets: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; use an IANA name such as Europe/Berlin, UTC, or an offset such as -0500.</source>
        <translation>&apos;%1&apos; no es una zona horaria; debe ser un nombre IANA como Europe/Berlin, UTC, o un desfase como -0500.</translation>
    </message>
    <message>
        <source>Recording the import progress failed: %1</source>
        <translation>Error al registrar el progreso de la importación: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The file has a header (%n column(s)) but no data rows.</source>
        <translation>
            <numerusform>El archivo tiene un encabezado (%n columna), pero ninguna fila de datos.</numerusform>
            <numerusform>El archivo tiene un encabezado (%n columnas), pero ninguna fila de datos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvMapContext</name>
    <message>
        <source>the time is empty</source>
        <translation>la fecha y hora está vacía</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvMapping</name>
    <message>
        <source>A mapping must be a JSON object.</source>
        <translation>Un mapeo debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;decimal&quot; must be &quot;auto&quot;, &quot;dot&quot; or &quot;comma&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;decimal&quot; debe ser &quot;auto&quot;, &quot;dot&quot; o &quot;comma&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;date_order&quot; must be &quot;auto&quot;, &quot;day-first&quot; or &quot;month-first&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;date_order&quot; debe ser &quot;auto&quot;, &quot;day-first&quot; o &quot;month-first&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;amount_unit&quot; must be &quot;major&quot; or &quot;minor&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;amount_unit&quot; debe ser &quot;major&quot; o &quot;minor&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;timezone&quot; &quot;%1&quot; is not a time zone such as Europe/Berlin or -0500.</source>
        <translation>&quot;timezone&quot; &quot;%1&quot; no es una zona horaria como Europe/Berlin o -0500.</translation>
    </message>
    <message>
        <source>A mapping needs &quot;columns&quot;: which column feeds which event field.</source>
        <translation>Un mapeo necesita &quot;columns&quot;: qué columna alimenta cada campo del evento.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not an event field (use event_id, name, time, value, currency, order_id, status, user.*, click_ids.*, attributes.*, items.* or ignore).</source>
        <translation>Columna &quot;%1&quot;: &quot;%2&quot; no es un campo de evento (valores válidos: event_id, name, time, value, currency, order_id, status, user.*, click_ids.*, attributes.*, items.* o ignore).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; must map to a field name.</source>
        <translation>La columna &quot;%1&quot; debe asignarse a un nombre de campo.</translation>
    </message>
    <message>
        <source>Every entry of &quot;columns&quot; needs a &quot;column&quot;.</source>
        <translation>Cada entrada de &quot;columns&quot; necesita un &quot;column&quot;.</translation>
    </message>
    <message>
        <source>The mapping has no column for &quot;time&quot;.</source>
        <translation>El mapeo no tiene ninguna columna para &quot;time&quot;.</translation>
    </message>
    <message>
        <source>The mapping has no column for &quot;name&quot; and no &quot;event_name&quot;.</source>
        <translation>El mapeo no tiene ninguna columna para &quot;name&quot; ni un &quot;event_name&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2.</source>
        <translation>No se puede leer el mapeo %1: %2.</translation>
    </message>
    <message>
        <source>The mapping %1 is not valid JSON.</source>
        <translation>El mapeo %1 no es un JSON válido.</translation>
    </message>
    <message>
        <source>The mapping %1 is not usable: %2</source>
        <translation>El mapeo %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvPresetRegistry</name>
    <message>
        <source>No preset recognises this file. Columns found: %1. Choose a preset with --preset NAME (%2), or map the columns to event fields in a mapping file and pass it with --mapping FILE, e.g. {&quot;columns&quot;: {&quot;%3&quot;: &quot;event_id&quot;, …}, &quot;event_name&quot;: &quot;Purchase&quot;}.</source>
        <translation>Ningún preset reconoce este archivo. Columnas encontradas: %1. Elegir un preset con --preset NAME (%2), o asignar las columnas a campos de evento en un archivo de mapeo y pasarlo con --mapping FILE, p. ej., {&quot;columns&quot;: {&quot;%3&quot;: &quot;event_id&quot;, …}, &quot;event_name&quot;: &quot;Purchase&quot;}.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvReader</name>
    <message>
        <source>This is a ZIP archive (such as an Excel .xlsx workbook), not a CSV file. Save it as CSV (comma-separated values) and import that file.</source>
        <translation>Esto es un archivo ZIP (como un libro de Excel .xlsx), no un archivo CSV. Guardarlo como CSV (valores separados por comas) e importar ese archivo.</translation>
    </message>
    <message>
        <source>This is a binary file (it contains NUL bytes), not a CSV text file.</source>
        <translation>Esto es un archivo binario (contiene bytes NUL), no un archivo de texto CSV.</translation>
    </message>
    <message>
        <source>This is a binary file (it is full of control characters), not a CSV text file.</source>
        <translation>Esto es un archivo binario (está lleno de caracteres de control), no un archivo de texto CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file holds only a byte-order mark and no data.</source>
        <translation>El archivo solo contiene una marca de orden de bytes (BOM) y ningún dato.</translation>
    </message>
    <message>
        <source>Unknown encoding &apos;%1&apos;; use UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>Codificación desconocida &apos;%1&apos;; opciones válidas: UTF-8, UTF-16LE, UTF-16BE o Windows-1252.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>El archivo no tiene línea de encabezado.</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed within %1 MB</source>
        <translation>un campo entre comillas abierto en esta línea no se cierra en %1 MB</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed (the file ends inside it)</source>
        <translation>un campo entre comillas abierto en esta línea nunca se cierra (el archivo termina dentro de él)</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2 columns</source>
        <translation>%1 campos, pero el encabezado tiene %2 columnas</translation>
    </message>
</context>
<context>
    <name>ConvStudio::CsvValues</name>
    <message>
        <source>&apos;%1&apos; has no time zone; say which one with --timezone (e.g. --timezone Europe/Berlin) or in the mapping</source>
        <translation>&apos;%1&apos; no tiene zona horaria; indicarla con --timezone (p. ej., --timezone Europe/Berlin) o en el mapeo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time this importer recognises</source>
        <translation>&apos;%1&apos; no es una fecha y hora que este importador reconozca</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; no es un importe</translation>
    </message>
</context>
<context>
    <name>ConvStudio::Database</name>
    <message>
        <source>Cannot create the folder %1 for the workspace.</source>
        <translation>No se puede crear la carpeta %1 para el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation>No se puede leer el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Conversion Studio workspace (not an SQLite database).</source>
        <translation>%1 no es un espacio de trabajo de Conversion Studio (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>Cannot open the workspace %1: %2</source>
        <translation>No se puede abrir el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was made by a newer version of Conversion Studio (format %2; this version reads up to %3). It was not changed: open it with the newer version.</source>
        <translation>El espacio de trabajo %1 se creó con una versión más reciente de Conversion Studio (formato %2; esta versión lee hasta el formato %3). No se ha modificado: abrirlo con la versión más reciente.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migración %1 falta en esta compilación.</translation>
    </message>
    <message>
        <source>Cannot update the workspace %1: %2</source>
        <translation>No se puede actualizar el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the workspace %1 to format %2: %3</source>
        <translation>No se puede actualizar el espacio de trabajo %1 al formato %2: %3</translation>
    </message>
</context>
<context>
    <name>ConvStudio::DeliveriesPage</name>
    <message>
        <source>All deliveries</source>
        <translation>Todas las entregas</translation>
    </message>
    <message>
        <source>Filter by conversion or dedup id</source>
        <translation>Filtrar por conversión o ID de deduplicación</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>needs reconnect</source>
        <translation>requiere reconexión</translation>
    </message>
    <message>
        <source>No platform is connected yet: add one on the Connections page, and every conversion your rules find is delivered from here.</source>
        <translation>Aún no hay ninguna plataforma conectada: al añadir una en la página Conexiones, cada conversión que encuentren las reglas se entrega desde aquí.</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n entrega</numerusform>
            <numerusform>%n entregas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::DeliveryQueue</name>
    <message>
        <source>%1 cannot take this conversion.</source>
        <translation>%1 no puede aceptar esta conversión.</translation>
    </message>
    <message numerus="yes">
        <source>Older than %1 accepts (%n day(s)).</source>
        <translation>
            <numerusform>Más antigua de lo que acepta %1 (%n día).</numerusform>
            <numerusform>Más antigua de lo que acepta %1 (%n días).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::DeliveryWorker</name>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Esta conexión ya no existe.</translation>
    </message>
    <message>
        <source>No test request can be built for %1.</source>
        <translation>No se puede crear una solicitud de prueba para %1.</translation>
    </message>
    <message>
        <source>No access token is stored for this connection yet.</source>
        <translation>Aún no hay ningún token de acceso guardado para esta conexión.</translation>
    </message>
    <message>
        <source>%1 accepted the test event (HTTP %2).</source>
        <translation>%1 aceptó el evento de prueba (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 Reconnect: enter a new access token.</source>
        <translation>%1 Reconectar: introducir un token de acceso nuevo.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventDetailView</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Standard name</source>
        <translation>Nombre estándar</translation>
    </message>
    <message>
        <source>custom event</source>
        <translation>evento personalizado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID del evento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Action source</source>
        <translation>Origen de la acción</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID del pedido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Click ids</source>
        <translation>IDs de clic</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Datos sin procesar</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select an event to see all its fields.</source>
        <translation>Seleccionar un evento para ver todos sus campos.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventIndexDeferral</name>
    <message>
        <source>Building the event indexes failed: %1</source>
        <translation>No se pudieron crear los índices de eventos: %1</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventIngest</name>
    <message>
        <source>The demo events are missing from this build.</source>
        <translation>Los eventos de demostración faltan en esta compilación.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventParser</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>un valor no admitido</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be %2, not %3</source>
        <translation>el campo &apos;%1&apos; debe ser %2, no %3</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: a unix time cannot be negative</source>
        <translation>campo &apos;time&apos;: una hora Unix no puede ser negativa</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: %1 is not a unix time</source>
        <translation>campo &apos;time&apos;: %1 no es una hora Unix</translation>
    </message>
    <message>
        <source>an ISO-8601 string or a unix time</source>
        <translation>una cadena ISO-8601 o una hora Unix</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;%1&apos; has no time zone; add &apos;Z&apos; or an offset such as &apos;+01:00&apos;</source>
        <translation>campo &apos;time&apos;: &apos;%1&apos; no tiene zona horaria; falta &apos;Z&apos; o un desfase como &apos;+01:00&apos;</translation>
    </message>
    <message>
        <source>field &apos;time&apos;: &apos;%1&apos; is not an ISO-8601 date-time or a unix time</source>
        <translation>campo &apos;time&apos;: &apos;%1&apos; no es una fecha y hora ISO-8601 ni una hora Unix</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <source>an event must be a JSON object, not %1</source>
        <translation>un evento debe ser un objeto JSON, no %1</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is required</source>
        <translation>el campo &apos;%1&apos; es obligatorio</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is empty</source>
        <translation>el campo &apos;%1&apos; está vacío</translation>
    </message>
    <message>
        <source>field &apos;time&apos; is required</source>
        <translation>el campo &apos;time&apos; es obligatorio</translation>
    </message>
    <message>
        <source>field &apos;action_source&apos;: &apos;%1&apos; is not one of website, app, email, phone_call, chat, physical_store, system_generated, other</source>
        <translation>campo &apos;action_source&apos;: &apos;%1&apos; no es ninguno de website, app, email, phone_call, chat, physical_store, system_generated, other</translation>
    </message>
    <message>
        <source>field &apos;value&apos;: &apos;%1&apos; is not a plain decimal number such as &quot;129.95&quot;</source>
        <translation>campo &apos;value&apos;: &apos;%1&apos; no es un número decimal simple como &quot;129.95&quot;</translation>
    </message>
    <message>
        <source>field &apos;currency&apos;: &apos;%1&apos; is not a three-letter ISO-4217 code</source>
        <translation>campo &apos;currency&apos;: &apos;%1&apos; no es un código ISO-4217 de tres letras</translation>
    </message>
    <message>
        <source>a string, number or boolean</source>
        <translation>una cadena, un número o un booleano</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventRepository</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>El espacio de trabajo no está abierto.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventStreamReader</name>
    <message>
        <source>unexpected text after the closing &apos;]&apos;</source>
        <translation>texto inesperado después del &apos;]&apos; de cierre</translation>
    </message>
    <message>
        <source>the JSON array is not closed: &apos;]&apos; is missing at the end of the file</source>
        <translation>el array JSON no está cerrado: falta &apos;]&apos; al final del archivo</translation>
    </message>
    <message>
        <source>empty element in the JSON array</source>
        <translation>elemento vacío en el array JSON</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventTableModel</name>
    <message>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Standard name</source>
        <translation>Nombre estándar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Click ids</source>
        <translation>IDs de clic</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventsCommand</name>
    <message>
        <source>Usage: convstudio events add --input FILE [--json]
       convstudio events list [--json] [--limit N] [--name NAME] [--since ISO] [--until ISO]

Store canonical events (JSON Lines or a JSON array) and list them.
</source>
        <translation>Uso: convstudio events add --input FILE [--json]
     convstudio events list [--json] [--limit N] [--name NAME] [--since ISO] [--until ISO]

Guardar eventos canónicos (JSON Lines o un array JSON) y listarlos.
</translation>
    </message>
    <message>
        <source>&apos;events %1&apos; is not a command. Try &apos;convstudio events --help&apos;.</source>
        <translation>&apos;events %1&apos; no es un comando. Ver &apos;convstudio events --help&apos;.</translation>
    </message>
    <message>
        <source>Canonical events: JSON Lines or one JSON array; - is stdin.</source>
        <translation>Eventos canónicos: JSON Lines o un único array JSON; - es stdin.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation>Mostrar el resumen como un único objeto JSON.</translation>
    </message>
    <message>
        <source>Reads canonical events and stores them in the workspace. Events already stored (same source and event_id) are skipped.</source>
        <translation>Lee eventos canónicos y los guarda en el espacio de trabajo. Los eventos ya guardados (mismo origen y event_id) se omiten.</translation>
    </message>
    <message>
        <source>events add needs --input FILE (use - for standard input).</source>
        <translation>events add necesita --input FILE (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 duplicates skipped, %4 rejected.</source>
        <translation>%1: %2 añadidos, %3 duplicados omitidos, %4 rechazados.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  línea %1: %2</translation>
    </message>
    <message>
        <source>Storing events from %1 failed: %2</source>
        <translation>Error al guardar los eventos de %1: %2</translation>
    </message>
    <message>
        <source>Print JSON Lines: each canonical event with &quot;standard_name&quot;.</source>
        <translation>Mostrar JSON Lines: cada evento canónico con &quot;standard_name&quot;.</translation>
    </message>
    <message>
        <source>Print at most N events.</source>
        <translation>Mostrar como máximo N eventos.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Only events whose raw or standard name is NAME.</source>
        <translation>Solo eventos cuyo nombre original o estándar sea NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only events at or after this time.</source>
        <translation>Solo eventos en este momento o posteriores.</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Only events before this time.</source>
        <translation>Solo eventos anteriores a este momento.</translation>
    </message>
    <message>
        <source>Lists stored events in time order.</source>
        <translation>Lista los eventos guardados en orden cronológico.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number.</source>
        <translation>--limit &apos;%1&apos; no es un número entero.</translation>
    </message>
    <message>
        <source>Listing events failed: %1</source>
        <translation>Error al listar los eventos: %1</translation>
    </message>
</context>
<context>
    <name>ConvStudio::EventsPage</name>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>Buscar eventos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any event</source>
        <translation>Cualquier evento</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aún no hay eventos</translation>
    </message>
    <message>
        <source>Events are what your customers did: orders, leads, sign-ups. Bring them in from a store or network export, try the demo workspace, or receive them live.</source>
        <translation>Los eventos son lo que hicieron los clientes: pedidos, leads, registros. Se pueden importar desde una exportación de la tienda o de la red, probar con el espacio de trabajo de demostración o recibirlos en directo.</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>Importar un CSV…</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Receive webhooks</source>
        <translation>Recibir webhooks</translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s)</source>
        <translation>
            <numerusform>%n evento coincidente</numerusform>
            <numerusform>%n eventos coincidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Show Only &quot;%1&quot;</source>
        <translation>Mostrar solo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Show Only Source &quot;%1&quot;</source>
        <translation>Mostrar solo el origen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Clear this filter and show every event</source>
        <translation>Quitar este filtro y mostrar todos los eventos</translation>
    </message>
</context>
<context>
    <name>ConvStudio::FileExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>%1 takes conversions as a file you upload by hand. Export the conversions of a rule for a period (last week&apos;s, for a weekly upload) or only the conversion shown. Conversions the file cannot take are listed with the reason.</source>
        <translation>%1 recibe las conversiones como un archivo que usted sube a mano. Exporte las conversiones de una regla en un periodo (las de la semana pasada, para una subida semanal) o solo la conversión mostrada. Las conversiones que el archivo no puede recoger se listan con el motivo.</translation>
    </message>
    <message>
        <source>Only the conversion shown</source>
        <translation>Solo la conversión mostrada</translation>
    </message>
    <message>
        <source>The conversions of a rule in a period</source>
        <translation>Las conversiones de una regla en un periodo</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Todas las reglas</translation>
    </message>
    <message>
        <source>from</source>
        <translation>del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n conversion(s) written to %1.</source>
        <translation>
            <numerusform>%n conversión escrita en %1.</numerusform>
            <numerusform>%n conversiones escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also written: %1.</source>
        <translation>También escrito: %1.</translation>
    </message>
    <message>
        <source>Left out (%1): %2</source>
        <translation>Omitidas (%1): %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::Ga4Adapter</name>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>%1: no client id (click_ids.ga_client_id from the _ga cookie): skipped</source>
        <translation>%1: sin ID de cliente (click_ids.ga_client_id de la cookie _ga): omitido</translation>
    </message>
    <message>
        <source>%1: event older than 72 hours: skipped</source>
        <translation>%1: evento con más de 72 horas de antigüedad: omitido</translation>
    </message>
    <message>
        <source>%1: a purchase or refund without an order id cannot be deduplicated</source>
        <translation>%1: una compra o un reembolso sin ID de pedido no se puede deduplicar</translation>
    </message>
    <message>
        <source>%1: a value without a currency is not reported as revenue</source>
        <translation>%1: un valor sin moneda no se registra como ingresos</translation>
    </message>
    <message>
        <source>GA4</source>
        <translation>GA4</translation>
    </message>
</context>
<context>
    <name>ConvStudio::GenericPreset</name>
    <message>
        <source>Custom mapping</source>
        <translation>Mapeo personalizado</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>la fecha y hora está vacía</translation>
    </message>
    <message>
        <source>status %1 is skipped by the mapping</source>
        <translation>el mapeo omite el estado %1</translation>
    </message>
</context>
<context>
    <name>ConvStudio::GoogleAdsAdapter</name>
    <message>
        <source>Order id of the original conversion</source>
        <translation>ID del pedido de la conversión original</translation>
    </message>
    <message>
        <source>%1: a refund needs the order id of the original conversion: skipped</source>
        <translation>%1: un reembolso necesita el ID del pedido de la conversión original: omitido</translation>
    </message>
    <message>
        <source>Click id (gclid, gbraid, wbraid)</source>
        <translation>ID de clic (gclid, gbraid, wbraid)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>%1: no gclid, gbraid, wbraid or user identifier: skipped</source>
        <translation>%1: sin gclid, gbraid, wbraid ni identificador de usuario: omitido</translation>
    </message>
    <message>
        <source>%1: no click id; the conversion counts only as an enhanced conversion for leads</source>
        <translation>%1: sin ID de clic; la conversión solo cuenta como conversión avanzada para clientes potenciales</translation>
    </message>
    <message>
        <source>%1: no order id; refunds of this conversion cannot be sent later</source>
        <translation>%1: sin ID de pedido; los reembolsos de esta conversión no se podrán enviar más adelante</translation>
    </message>
    <message>
        <source>Google Ads</source>
        <translation>Google Ads</translation>
    </message>
</context>
<context>
    <name>ConvStudio::GoogleAdsCsvAdapter</name>
    <message>
        <source>Order id of the original conversion</source>
        <translation>ID del pedido de la conversión original</translation>
    </message>
    <message>
        <source>%1: a refund needs the order id of the original conversion: skipped</source>
        <translation>%1: un reembolso necesita el ID del pedido de la conversión original: omitido</translation>
    </message>
    <message>
        <source>Click id (gclid, gbraid, wbraid)</source>
        <translation>ID de clic (gclid, gbraid, wbraid)</translation>
    </message>
    <message>
        <source>%1: no gclid, gbraid or wbraid (the file cannot carry other identifiers): skipped</source>
        <translation>%1: sin gclid, gbraid ni wbraid (el archivo no admite otros identificadores): omitido</translation>
    </message>
    <message>
        <source>Google Ads offline file</source>
        <translation>Archivo offline de Google Ads</translation>
    </message>
</context>
<context>
    <name>ConvStudio::GoogleCommon</name>
    <message>
        <source>%1: both gbraid and wbraid are set; only gbraid is sent</source>
        <translation>%1: gbraid y wbraid están definidos a la vez; solo se envía gbraid</translation>
    </message>
</context>
<context>
    <name>ConvStudio::GoogleDmAdapter</name>
    <message>
        <source>%1: retracting conversions is not supported here yet; use Google Ads adjustments: skipped</source>
        <translation>%1: la retirada de conversiones aún no se admite aquí; usar los ajustes de Google Ads: omitido</translation>
    </message>
    <message>
        <source>Click id (gclid, gbraid, wbraid)</source>
        <translation>ID de clic (gclid, gbraid, wbraid)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name and address</source>
        <translation>Nombre y dirección</translation>
    </message>
    <message>
        <source>%1: no gclid, gbraid, wbraid or user identifier: skipped</source>
        <translation>%1: sin gclid, gbraid, wbraid ni identificador de usuario: omitido</translation>
    </message>
    <message>
        <source>Google Data Manager</source>
        <translation>Google Data Manager</translation>
    </message>
</context>
<context>
    <name>ConvStudio::Gui</name>
    <message>
        <source>Welcome to Conversion Studio</source>
        <translation>Bienvenido a Conversion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Conversion Studio&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bienvenido a Conversion Studio&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Start with a demo workspace of a few hundred realistic orders, leads and affiliate sales to look around, or with an empty workspace for your own data.</source>
        <translation>Empezar con un espacio de trabajo de demostración con unos cientos de pedidos, leads y ventas de afiliados realistas para explorar, o con un espacio de trabajo vacío para los datos propios.</translation>
    </message>
    <message>
        <source>Open the Demo Workspace</source>
        <translation>Abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Empezar vacío</translation>
    </message>
    <message>
        <source>Conversion Studio</source>
        <translation>Conversion Studio</translation>
    </message>
</context>
<context>
    <name>ConvStudio::IdentityReader</name>
    <message>
        <source>e-mail address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado o provincia</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>dirección IP</translation>
    </message>
    <message>
        <source>user agent</source>
        <translation>user agent</translation>
    </message>
    <message>
        <source>%1: the phone number has no country code and no default country is set: left out</source>
        <translation>%1: el número de teléfono no tiene prefijo de país y no hay ningún país predeterminado: omitido</translation>
    </message>
    <message>
        <source>%1: the %2 could not be normalized: left out</source>
        <translation>%1: no se pudo normalizar el campo %2: omitido</translation>
    </message>
    <message>
        <source>%1: the %2 is already hashed, but %1 takes it in clear: left out</source>
        <translation>%1: el campo %2 ya viene con hash, pero %1 lo necesita en texto claro: omitido</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ImportCommand</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Encoding: %1%2</source>
        <translation>Codificación: %1%2</translation>
    </message>
    <message>
        <source> (the bytes are not UTF-8)</source>
        <translation> (los bytes no son UTF-8)</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Delimitador: %1</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Preset: %1</translation>
    </message>
    <message>
        <source>none recognised</source>
        <translation>ninguno reconocido</translation>
    </message>
    <message>
        <source>Header (line %1): %2</source>
        <translation>Encabezado (línea %1): %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  línea %1: %2</translation>
    </message>
    <message>
        <source>The export&apos;s layout: auto (detect from the header), %1.</source>
        <translation>El formato de la exportación: auto (detectar a partir del encabezado), %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A mapping file: which column feeds which event field (the generic preset).</source>
        <translation>Un archivo de mapeo: qué columna alimenta cada campo del evento (el preset genérico).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Label of the events&apos; source (csv:LABEL); defaults to the preset.</source>
        <translation>Etiqueta del origen de los eventos (csv:LABEL); de forma predeterminada, el preset.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Zone of times the file writes without one, when the file does not declare it (Europe/Berlin, UTC, -0500).</source>
        <translation>Zona horaria de las horas que el archivo escribe sin zona, cuando el archivo no la declara (Europe/Berlin, UTC, -0500).</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>Parse and map, but store nothing.</source>
        <translation>Analizar y mapear, pero no guardar nada.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Mostrar un único objeto JSON.</translation>
    </message>
    <message>
        <source>Show what the reader sees: encoding, delimiter, header, rows, errors.</source>
        <translation>Mostrar lo que ve el lector: codificación, delimitador, encabezado, filas, errores.</translation>
    </message>
    <message>
        <source>With --inspect: show at most N rows (default 20).</source>
        <translation>Con --inspect: mostrar como máximo N filas (predeterminado: 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Force the encoding: UTF-8, UTF-16LE, UTF-16BE or Windows-1252.</source>
        <translation>Forzar la codificación: UTF-8, UTF-16LE, UTF-16BE o Windows-1252.</translation>
    </message>
    <message>
        <source>Force the delimiter: , ; tab or |.</source>
        <translation>Forzar el delimitador: , ; tab o |.</translation>
    </message>
    <message>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>El archivo CSV.</translation>
    </message>
    <message>
        <source>Imports a CSV export (Shopify, WooCommerce, Stripe, PayPal, affiliate networks, Google Ads, Meta, HubSpot, Salesforce, or any file with a mapping) as canonical events. Re-importing a file adds nothing; an interrupted import resumes where it stopped.</source>
        <translation>Importa una exportación CSV (Shopify, WooCommerce, Stripe, PayPal, redes de afiliados, Google Ads, Meta, HubSpot, Salesforce o cualquier archivo con un mapeo) como eventos canónicos. Volver a importar un archivo no añade nada; una importación interrumpida se reanuda donde se detuvo.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE. Try &apos;convstudio import --help&apos;.</source>
        <translation>import necesita exactamente un FILE. Ver &apos;convstudio import --help&apos;.</translation>
    </message>
    <message>
        <source>--encoding &apos;%1&apos; is not one of UTF-8, UTF-16LE, UTF-16BE, Windows-1252.</source>
        <translation>--encoding &apos;%1&apos; no es ninguno de UTF-8, UTF-16LE, UTF-16BE, Windows-1252.</translation>
    </message>
    <message>
        <source>--delimiter &apos;%1&apos; is not one of , ; tab |.</source>
        <translation>--delimiter &apos;%1&apos; no es ninguno de , ; tab |.</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number.</source>
        <translation>--limit &apos;%1&apos; no es un número entero.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>No se puede leer %1: el archivo no existe.</translation>
    </message>
    <message>
        <source>%1: %2 (%3, delimiter %4)</source>
        <translation>%1: %2 (%3, delimitador %4)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1.</source>
        <translation>El archivo no está en UTF-8; se leyó como %1.</translation>
    </message>
    <message>
        <source>Resumed an earlier import of this file at row %1.</source>
        <translation>Se reanudó una importación anterior de este archivo en la fila %1.</translation>
    </message>
    <message>
        <source>Dry run: %1 rows, %2 events would be added, %3 duplicates, %4 rejected, %5 skipped.</source>
        <translation>Simulación: %1 filas, se añadirían %2 eventos, %3 duplicados, %4 rechazados, %5 omitidos.</translation>
    </message>
    <message>
        <source>%1 rows: %2 events added, %3 duplicates skipped, %4 rejected, %5 skipped.</source>
        <translation>%1 filas: %2 eventos añadidos, %3 duplicados omitidos, %4 rechazados, %5 omitidos.</translation>
    </message>
    <message>
        <source>  line %1, column &quot;%2&quot;: %3</source>
        <translation>  línea %1, columna &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>  line %1 skipped: %2</source>
        <translation>  línea %1 omitida: %2</translation>
    </message>
    <message>
        <source>Importing %1 failed: %2</source>
        <translation>Error al importar %1: %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ImportWizard</name>
    <message>
        <source>Import a CSV File</source>
        <translation>Importar un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Time zone of times without one:</source>
        <translation>Zona horaria de las horas que no la indican:</translation>
    </message>
    <message>
        <source>Event name (when no column gives one):</source>
        <translation>Nombre del evento (si ninguna columna lo indica):</translation>
    </message>
    <message>
        <source>Save as preset:</source>
        <translation>Guardar como plantilla:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (detectado)</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (guardada)</translation>
    </message>
    <message>
        <source>Custom mapping</source>
        <translation>Asignación personalizada</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>Reconocido como %1.</translation>
    </message>
    <message>
        <source>No preset recognises these columns: map them on the next page.</source>
        <translation>Ninguna plantilla reconoce estas columnas; la asignación se hace en la página siguiente.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it is read as %1.</source>
        <translation>El archivo no está en UTF-8; se lee como %1.</translation>
    </message>
    <message>
        <source>The file declares the time zone %1.</source>
        <translation>El archivo declara la zona horaria %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows per second</source>
        <translation>%1 filas leídas, %2 filas por segundo</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>La importación falló: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 events added, %3 duplicates skipped, %4 rows rejected, %5 skipped.</source>
        <translation>%1 filas leídas: %2 eventos añadidos, %3 duplicados omitidos, %4 filas rechazadas, %5 omitidas.</translation>
    </message>
    <message>
        <source>Cancelled. Whole batches stay stored; importing the file again continues where it stopped.</source>
        <translation>Cancelado. Los lotes completos quedan guardados; al volver a importar el archivo, se continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as %1.</source>
        <translation>El archivo no está en UTF-8; se leyó como %1.</translation>
    </message>
    <message>
        <source>%1 rows in %2 s</source>
        <translation>%1 filas en %2 s</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(omitido)</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exportar filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Event field</source>
        <translation>Campo del evento</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Name of the preset</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Edit Mapping…</source>
        <translation>Editar asignación…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export Rejected Rows…</source>
        <translation>Exportar filas rechazadas…</translation>
    </message>
    <message>
        <source>Show the New Events</source>
        <translation>Mostrar los eventos nuevos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ConvStudio::IsoCodes</name>
    <message>
        <source>cannot read %1 (%2)</source>
        <translation>no se puede leer %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 no es un JSON válido</translation>
    </message>
    <message>
        <source>the iso-codes data has an unknown layout</source>
        <translation>los datos de iso-codes tienen un formato desconocido</translation>
    </message>
</context>
<context>
    <name>ConvStudio::JsonView</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ConvStudio::LinkedInAdapter</name>
    <message>
        <source>%1: the Conversions API has no refund event: skipped</source>
        <translation>%1: la Conversions API no tiene evento de reembolso: omitido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Click id (li_fat_id)</source>
        <translation>ID de clic (li_fat_id)</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>%1: no e-mail, li_fat_id, or first and last name: skipped</source>
        <translation>%1: sin correo electrónico, li_fat_id ni nombre y apellidos: omitido</translation>
    </message>
    <message>
        <source>%1: a value without a currency is left out</source>
        <translation>%1: un valor sin moneda se omite</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ListenerCommand</name>
    <message>
        <source>Usage: convstudio listener token [--rotate] [--json]
       convstudio listener secret shopify|stripe [--clear]   (the secret on stdin)
       convstudio listener urls [--port N] [--host HOST]

The listener&apos;s token and webhook signing secrets, kept in the system keychain, and the URLs to give each network.
</source>
        <translation>Uso: convstudio listener token [--rotate] [--json]
     convstudio listener secret shopify|stripe [--clear]   (el secreto por stdin)
     convstudio listener urls [--port N] [--host HOST]

El token del receptor y los secretos de firma de los webhooks (guardados en el llavero del sistema), y las URL que se deben dar a cada red.
</translation>
    </message>
    <message>
        <source>&apos;listener %1&apos; is not a command. Try &apos;convstudio listener --help&apos;.</source>
        <translation>&apos;listener %1&apos; no es un comando. Ver &apos;convstudio listener --help&apos;.</translation>
    </message>
    <message>
        <source>Replace the token with a new one; URLs with the old token stop working.</source>
        <translation>Sustituye el token por uno nuevo; las URL con el token anterior dejan de funcionar.</translation>
    </message>
    <message>
        <source>Print {&quot;token&quot;: …, &quot;rotated&quot;: …}.</source>
        <translation>Imprimir {&quot;token&quot;: …, &quot;rotated&quot;: …}.</translation>
    </message>
    <message>
        <source>Prints the listener&apos;s token (created the first time), or rotates it.</source>
        <translation>Imprime el token del receptor (se crea la primera vez) o lo rota.</translation>
    </message>
    <message>
        <source>Cannot store the new token: %1</source>
        <translation>No se puede guardar el token nuevo: %1</translation>
    </message>
    <message>
        <source>Cannot read the listener&apos;s token: %1</source>
        <translation>No se puede leer el token del receptor: %1</translation>
    </message>
    <message>
        <source>warning: no system keychain is running; the token is kept in %1 (readable by you only).</source>
        <translation>advertencia: no hay ningún llavero del sistema en ejecución; el token se guarda en %1 (legible solo por el usuario actual).</translation>
    </message>
    <message>
        <source>Remove the secret: the webhook is then refused.</source>
        <translation>Eliminar el secreto: a partir de entonces, el webhook se rechaza.</translation>
    </message>
    <message>
        <source>shopify or stripe</source>
        <translation>shopify o stripe</translation>
    </message>
    <message>
        <source>Stores the signing secret of Shopify (the app&apos;s client secret) or Stripe (the endpoint&apos;s whsec_… secret), read from standard input, in the system keychain.</source>
        <translation>Guarda en el llavero del sistema el secreto de firma de Shopify (el secreto de cliente de la app) o de Stripe (el secreto whsec_… del endpoint), leído de la entrada estándar.</translation>
    </message>
    <message>
        <source>listener secret needs &apos;shopify&apos; or &apos;stripe&apos;.</source>
        <translation>listener secret requiere &apos;shopify&apos; o &apos;stripe&apos;.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>No secret on standard input (use --clear to remove it).</source>
        <translation>No hay ningún secreto en la entrada estándar (para eliminarlo, usar --clear).</translation>
    </message>
    <message>
        <source>Cannot store the secret: %1</source>
        <translation>No se puede guardar el secreto: %1</translation>
    </message>
    <message>
        <source>The %1 signing secret was removed.</source>
        <translation>Se eliminó el secreto de firma de %1.</translation>
    </message>
    <message>
        <source>The %1 signing secret was stored.</source>
        <translation>Se guardó el secreto de firma de %1.</translation>
    </message>
    <message>
        <source>The port serve listens on.</source>
        <translation>El puerto en el que escucha serve.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The host name the networks reach this computer by.</source>
        <translation>El nombre de host con el que las redes llegan a este equipo.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Prints the URL to give each network, with its macros and the token.</source>
        <translation>Imprime la URL que se debe dar a cada red, con sus macros y el token.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ListenerPage</name>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Listener on at %1</source>
        <translation>Receptor activo en %1</translation>
    </message>
    <message>
        <source>Rotate the Token</source>
        <translation>Rotar el token</translation>
    </message>
    <message>
        <source>the token</source>
        <translation>el token</translation>
    </message>
    <message>
        <source>the %1 postback URL</source>
        <translation>la URL de postback de %1</translation>
    </message>
    <message>
        <source>a test request</source>
        <translation>una solicitud de prueba</translation>
    </message>
    <message>
        <source>The listener did not start: %1</source>
        <translation>El receptor no se inició: %1</translation>
    </message>
    <message>
        <source>The secret could not be kept: %1</source>
        <translation>No se pudo guardar el secreto: %1</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Receive sales and orders the moment they happen: affiliate networks call the postback URL, Shopify and Stripe send webhooks. Everything that arrives is stored in this workspace before it is answered, and flows into your conversion rules at once.</source>
        <translation>Recibir ventas y pedidos en el momento en que se producen: las redes de afiliados llaman a la URL de postback, y Shopify y Stripe envían webhooks. Todo lo que llega se guarda en este espacio de trabajo antes de responder y pasa al instante a las reglas de conversión.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>Accesible desde otros equipos</translation>
    </message>
    <message>
        <source>Listen on every network interface instead of this computer only. Put HTTPS (a reverse proxy or tunnel) in front of it before networks call it.</source>
        <translation>Escuchar en todas las interfaces de red en lugar de solo en este equipo. Antes de que las redes lo llamen, conviene poner HTTPS (un proxy inverso o un túnel) delante.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Every postback URL and API call carries this token. Rotate it if it leaked: the old one stops working at once.</source>
        <translation>Todas las URL de postback y llamadas a la API llevan este token. Si se ha filtrado, conviene rotarlo: el anterior deja de funcionar al instante.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotar…</translation>
    </message>
    <message>
        <source>Affiliate networks</source>
        <translation>Redes de afiliados</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>App client secret (Settings → Apps → your app → API credentials)</source>
        <translation>Secreto de cliente de la app (Configuración → Aplicaciones → la app → Credenciales de API)</translation>
    </message>
    <message>
        <source>Signing secret whsec_… (Developers → Webhooks → your endpoint)</source>
        <translation>Secreto de firma whsec_… (Desarrolladores → Webhooks → el endpoint)</translation>
    </message>
    <message>
        <source>Save Secret</source>
        <translation>Guardar secreto</translation>
    </message>
    <message>
        <source>Events API</source>
        <translation>API de eventos</translation>
    </message>
    <message>
        <source>Copy Test Request</source>
        <translation>Copiar solicitud de prueba</translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation>Solicitudes recientes</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Requests appear here as they arrive, with what became of them.</source>
        <translation>Las solicitudes aparecen aquí a medida que llegan, junto con lo que se hizo con ellas.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;● On&lt;/b&gt; — listening at %1</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;● Activado&lt;/b&gt; — escuchando en %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;◌ Starting…&lt;/b&gt;</source>
        <translation>&lt;b&gt;◌ Iniciando…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#757575&apos;&gt;○ Off&lt;/b&gt; — nothing is received</source>
        <translation>&lt;b style=&apos;color:#757575&apos;&gt;○ Desactivado&lt;/b&gt; — no se recibe nada</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>No system keychain is running, so the token and signing secrets are kept in a file only you can read.</source>
        <translation>No hay ningún llavero del sistema en ejecución, así que el token y los secretos de firma se guardan en un archivo que solo puede leer el usuario actual.</translation>
    </message>
    <message>
        <source>Other computers can reach the listener. Only the token and the signatures protect your workspace: put HTTPS in front of it.</source>
        <translation>Otros equipos pueden acceder al receptor. Solo el token y las firmas protegen el espacio de trabajo: conviene poner HTTPS delante.</translation>
    </message>
    <message>
        <source>✓ Secret saved</source>
        <translation>✓ Secreto guardado</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Make a new token? Every URL and integration that uses the current token stops working until you give it the new one.</source>
        <translation>¿Crear un token nuevo? Todas las URL e integraciones que usan el token actual dejarán de funcionar hasta que reciban el nuevo.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ListenerSecrets</name>
    <message>
        <source>The secret could not be stored.</source>
        <translation>No se pudo guardar el secreto.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ListenerServer</name>
    <message>
        <source>The body is not valid JSON (byte %1): %2</source>
        <translation>El cuerpo no es un JSON válido (byte %1): %2</translation>
    </message>
    <message>
        <source>The body is not valid JSON.</source>
        <translation>El cuerpo no es un JSON válido.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: the port is in use or the address is not on this computer.</source>
        <translation>No se puede escuchar en %1, puerto %2: el puerto está en uso o la dirección no pertenece a este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests from %1; asked to retry in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas solicitudes de %1; se pidió reintentar en %n segundo.</numerusform>
            <numerusform>Demasiadas solicitudes de %1; se pidió reintentar en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is at %1. The listener answers /v1/events, /postback/&lt;network&gt;, /webhooks/shopify, /webhooks/stripe and /health.</source>
        <translation>No hay nada en %1. El receptor responde a /v1/events, /postback/&lt;network&gt;, /webhooks/shopify, /webhooks/stripe y /health.</translation>
    </message>
    <message>
        <source>%1 does not accept %2.</source>
        <translation>%1 no acepta %2.</translation>
    </message>
    <message>
        <source>The body is larger than the limit of %1 bytes.</source>
        <translation>El cuerpo supera el límite de %1 bytes.</translation>
    </message>
    <message>
        <source>The bearer token is not the listener&apos;s token.</source>
        <translation>El token bearer no es el token del receptor.</translation>
    </message>
    <message>
        <source>Send the listener&apos;s token as &apos;Authorization: Bearer &lt;token&gt;&apos;.</source>
        <translation>Enviar el token del receptor como &apos;Authorization: Bearer &lt;token&gt;&apos;.</translation>
    </message>
    <message>
        <source>The body must be one event (a JSON object) or an array of events.</source>
        <translation>El cuerpo debe ser un evento (un objeto JSON) o un array de eventos.</translation>
    </message>
    <message>
        <source>The array holds no event.</source>
        <translation>El array no contiene ningún evento.</translation>
    </message>
    <message>
        <source>No event is valid: %1</source>
        <translation>Ningún evento es válido: %1</translation>
    </message>
    <message>
        <source>The postback URL has no token=… parameter.</source>
        <translation>Falta el parámetro token=… en la URL de postback.</translation>
    </message>
    <message>
        <source>The token in the postback URL is not the listener&apos;s token (rotated?).</source>
        <translation>El token de la URL de postback no es el token del receptor (¿se rotó?).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a network the listener knows; use /postback/generic for any tracker.</source>
        <translation>&apos;%1&apos; no es una red que el receptor conozca; para cualquier tracker, usar /postback/generic.</translation>
    </message>
    <message>
        <source>The postback does not make a valid sale: %1</source>
        <translation>El postback no constituye una venta válida: %1</translation>
    </message>
    <message>
        <source>No Shopify signing secret is set: paste the app&apos;s client secret on the Listener page.</source>
        <translation>No hay ningún secreto de firma de Shopify configurado: pegar el secreto de cliente de la app en la página Receptor.</translation>
    </message>
    <message>
        <source>The request has no X-Shopify-Hmac-Sha256 header.</source>
        <translation>La solicitud no tiene la cabecera X-Shopify-Hmac-Sha256.</translation>
    </message>
    <message>
        <source>X-Shopify-Hmac-Sha256 does not match the body and the signing secret.</source>
        <translation>X-Shopify-Hmac-Sha256 no coincide con el cuerpo y el secreto de firma.</translation>
    </message>
    <message>
        <source>No Stripe signing secret is set: paste the endpoint&apos;s whsec_… secret on the Listener page.</source>
        <translation>No hay ningún secreto de firma de Stripe configurado: pegar el secreto whsec_… del endpoint en la página Receptor.</translation>
    </message>
    <message>
        <source>The request has no Stripe-Signature header.</source>
        <translation>La solicitud no tiene la cabecera Stripe-Signature.</translation>
    </message>
    <message>
        <source>The Stripe-Signature header has no t= timestamp or no v1= signature.</source>
        <translation>A la cabecera Stripe-Signature le falta la marca de tiempo t= o la firma v1=.</translation>
    </message>
    <message>
        <source>Stripe-Signature does not match the body and the signing secret.</source>
        <translation>Stripe-Signature no coincide con el cuerpo y el secreto de firma.</translation>
    </message>
    <message numerus="yes">
        <source>The Stripe-Signature timestamp is more than %n second(s) away from now (a replay?).</source>
        <translation>
            <numerusform>La marca de tiempo de Stripe-Signature se aleja más de %n segundo del momento actual (¿una repetición?).</numerusform>
            <numerusform>La marca de tiempo de Stripe-Signature se aleja más de %n segundos del momento actual (¿una repetición?).</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace could not store the request; nothing was kept. Retry later. (%1)</source>
        <translation>El espacio de trabajo no pudo guardar la solicitud; no se conservó nada. Reintentar más tarde. (%1)</translation>
    </message>
    <message>
        <source>%1 sale %2: %3.</source>
        <translation>Venta %2 de %1: %3.</translation>
    </message>
    <message>
        <source>Already recorded: %1 sale %2 is %3.</source>
        <translation>Ya registrada: la venta %2 de %1 tiene el estado %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) stored</source>
        <translation>
            <numerusform>%n evento guardado</numerusform>
            <numerusform>%n eventos guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already stored</source>
        <translation>
            <numerusform>, %n ya guardado</numerusform>
            <numerusform>, %n ya guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rechazado</numerusform>
            <numerusform>, %n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stored (%2).</source>
        <translation>%1 guardado (%2).</translation>
    </message>
    <message>
        <source>Already recorded: %1 (%2).</source>
        <translation>Ya registrado: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MainWindow</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Payloads</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>%1 (coming)</source>
        <translation>%1 (próximamente)</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>This part of Conversion Studio is not built yet.</source>
        <translation>Esta parte de Conversion Studio aún no está disponible.</translation>
    </message>
    <message>
        <source>%1 is coming in a later version.</source>
        <translation>%1 llegará en una versión posterior.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>Abrir el espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import a File…</source>
        <translation>&amp;Importar un archivo…</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>Importar un archivo</translation>
    </message>
    <message>
        <source>CSV and event files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)</source>
        <translation>Archivos CSV y de eventos (*.csv *.tsv *.txt *.json *.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Conversion Studio</source>
        <translation>&amp;Acerca de Conversion Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — Conversion Studio</source>
        <translation>%1 — Conversion Studio</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite)</source>
        <translation>Espacios de trabajo (*.sqlite)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspaces (*.sqlite);;All files (*)</source>
        <translation>Espacios de trabajo (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>About Conversion Studio</source>
        <translation>Acerca de Conversion Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Conversion Studio %1&lt;/h3&gt;&lt;p&gt;Compose conversions from your events, preview what every ad platform would receive, and deliver them once.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Conversion Studio %1&lt;/h3&gt;&lt;p&gt;Componer conversiones a partir de los eventos, previsualizar lo que recibiría cada plataforma publicitaria y entregarlas una sola vez.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MatchCommand</name>
    <message>
        <source>A rule file to try (not stored).</source>
        <translation>Un archivo de regla para probar (no se guarda).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>List at most N conversions (default 100).</source>
        <translation>Listar como máximo N conversiones (predeterminado: 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Imprimir un único objeto JSON.</translation>
    </message>
    <message>
        <source>A stored rule&apos;s id.</source>
        <translation>El ID de una regla guardada.</translation>
    </message>
    <message>
        <source>Evaluates a rule over the workspace and prints the conversions it would produce. Nothing is stored.</source>
        <translation>Evalúa una regla sobre el espacio de trabajo e imprime las conversiones que produciría. No se guarda nada.</translation>
    </message>
    <message>
        <source>match needs either --rule FILE.json or one rule id. Usage: %1</source>
        <translation>match requiere --rule FILE.json o un ID de regla. Uso: %1</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number.</source>
        <translation>--limit &apos;%1&apos; no es un número entero.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid rule: %2</source>
        <translation>%1 no es una regla válida: %2</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;. &apos;convstudio rules list&apos; shows the ids.</source>
        <translation>No existe la regla &quot;%1&quot;. &apos;convstudio rules list&apos; muestra los ID.</translation>
    </message>
    <message>
        <source>Reading the events failed: %1</source>
        <translation>Error al leer los eventos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n match(es) over %2 events.</source>
        <translation>
            <numerusform>%1: %n coincidencia en %2 eventos.</numerusform>
            <numerusform>%1: %n coincidencias en %2 eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more (use --limit).</source>
        <translation>… y %1 más (usar --limit).</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MatchGroupWidget</name>
    <message>
        <source>All of these are true</source>
        <translation>Se cumplen todas estas condiciones</translation>
    </message>
    <message>
        <source>Any of these is true</source>
        <translation>Se cumple alguna de estas condiciones</translation>
    </message>
    <message>
        <source>None of these is true</source>
        <translation>No se cumple ninguna de estas condiciones</translation>
    </message>
    <message>
        <source>Move the group up</source>
        <translation>Subir el grupo</translation>
    </message>
    <message>
        <source>Move the group down</source>
        <translation>Bajar el grupo</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>Eliminar este grupo y sus condiciones</translation>
    </message>
    <message>
        <source>An empty &quot;any of&quot; group matches nothing. Add a condition.</source>
        <translation>Un grupo &quot;alguna de&quot; vacío no coincide con nada. Añadir una condición.</translation>
    </message>
    <message>
        <source>No conditions yet: every event matches. Add a condition.</source>
        <translation>Aún no hay condiciones: todos los eventos coinciden. Añadir una condición.</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Condición</translation>
    </message>
    <message>
        <source>Add a condition on a field of the event or of its customer</source>
        <translation>Añadir una condición sobre un campo del evento o de su cliente</translation>
    </message>
    <message>
        <source>+ Group</source>
        <translation>+ Grupo</translation>
    </message>
    <message>
        <source>Add a nested group, e.g. &quot;any of&quot; several alternatives</source>
        <translation>Añadir un grupo anidado, p. ej., &quot;alguna de&quot; varias alternativas</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MetaAdapter</name>
    <message>
        <source>%1: the Conversions API has no refund event: skipped</source>
        <translation>%1: la Conversions API no tiene evento de reembolso: omitido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Click id (fbc)</source>
        <translation>ID de clic (fbc)</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>IP address and user agent</source>
        <translation>Dirección IP y agente de usuario</translation>
    </message>
    <message>
        <source>Browser id (fbp)</source>
        <translation>ID del navegador (fbp)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Birth date or gender</source>
        <translation>Fecha de nacimiento o sexo</translation>
    </message>
    <message>
        <source>%1: no customer information (e-mail, phone, click id, IP address): skipped</source>
        <translation>%1: sin datos del cliente (correo electrónico, teléfono, ID de clic, dirección IP): omitido</translation>
    </message>
    <message>
        <source>%1: a Purchase needs a value and a currency: skipped</source>
        <translation>%1: un Purchase requiere un valor y una moneda: omitido</translation>
    </message>
    <message>
        <source>%1: website events should carry the browser&apos;s user agent</source>
        <translation>%1: los eventos de sitio web deberían incluir el agente de usuario del navegador</translation>
    </message>
    <message>
        <source>%1: website events should carry the page URL</source>
        <translation>%1: los eventos de sitio web deberían incluir la URL de la página</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MicrosoftAdapter</name>
    <message>
        <source>%1: refunds need the original conversion time; adjust them in Microsoft Advertising: skipped</source>
        <translation>%1: los reembolsos necesitan la hora de la conversión original; ajustarlos en Microsoft Advertising: omitido</translation>
    </message>
    <message>
        <source>Click id (msclkid)</source>
        <translation>ID de clic (msclkid)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>%1: no msclkid, e-mail or phone: skipped</source>
        <translation>%1: sin msclkid, correo electrónico ni teléfono: omitido</translation>
    </message>
    <message>
        <source>Microsoft Advertising</source>
        <translation>Microsoft Advertising</translation>
    </message>
</context>
<context>
    <name>ConvStudio::MicrosoftCsvAdapter</name>
    <message>
        <source>Click id (msclkid)</source>
        <translation>ID de clic (msclkid)</translation>
    </message>
    <message>
        <source>%1: refunds need the original conversion time; adjust them in Microsoft Advertising: skipped</source>
        <translation>%1: los reembolsos necesitan la hora de la conversión original; ajustarlos en Microsoft Advertising: omitido</translation>
    </message>
    <message>
        <source>%1: no msclkid: skipped</source>
        <translation>%1: sin msclkid: omitido</translation>
    </message>
    <message>
        <source>Microsoft Advertising bulk file</source>
        <translation>Archivo masivo de Microsoft Advertising</translation>
    </message>
</context>
<context>
    <name>ConvStudio::OfflineFileExport</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>There is nothing to write: no conversion could go into the file.</source>
        <translation>No hay nada que escribir: ninguna conversión pudo entrar en el archivo.</translation>
    </message>
    <message>
        <source>No conversions in this range.</source>
        <translation>No hay conversiones en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n conversion(s) can go into the file.</source>
        <translation>
            <numerusform>La %n conversión no puede entrar en el archivo.</numerusform>
            <numerusform>Ninguna de las %n conversiones puede entrar en el archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvStudio::OutboxTableModel</name>
    <message>
        <source>Waiting to send</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En espera de reintento</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Platform&apos;s answer</source>
        <translation>Respuesta de la plataforma</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PayloadColumn</name>
    <message>
        <source>Copied (secrets masked)</source>
        <translation>Copiado (secretos ocultos)</translation>
    </message>
    <message>
        <source>Exact bytes</source>
        <translation>Bytes exactos</translation>
    </message>
    <message>
        <source>The body byte for byte, as the outbox holds it and the platform receives it</source>
        <translation>El cuerpo byte a byte, tal como lo guarda la bandeja de salida y lo recibe la plataforma</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Match signals, what was hashed from what, the foldable body</source>
        <translation>Señales de coincidencia, qué se cifró a partir de qué, el cuerpo plegable</translation>
    </message>
    <message>
        <source>No conversion</source>
        <translation>Ninguna conversión</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Ready, with warnings</source>
        <translation>Lista, con advertencias</translation>
    </message>
    <message>
        <source>Match quality: %1 · %p%</source>
        <translation>Calidad de coincidencia: %1 · %p%</translation>
    </message>
    <message>
        <source>Queued for delivery (%1): these are the stored bytes, sent as they are.</source>
        <translation>En cola para entrega (%1): estos son los bytes guardados, se envían tal cual.</translation>
    </message>
    <message>
        <source>Not queued yet: this is exactly what the outbox would store.</source>
        <translation>Aún no está en cola: esto es exactamente lo que guardaría la bandeja de salida.</translation>
    </message>
    <message>
        <source>Not connected: a preview with placeholder ids.</source>
        <translation>No conectada: una vista previa con ids de ejemplo.</translation>
    </message>
    <message>
        <source>A file to upload by hand: nothing is sent.</source>
        <translation>Un archivo para subir a mano: no se envía nada.</translation>
    </message>
    <message>
        <source>Nothing would be sent.</source>
        <translation>No se enviaría nada.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PayloadCommand</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>line %1: %2 (left out)</source>
        <translation>línea %1: %2 (omitida)</translation>
    </message>
    <message>
        <source>== %1 (%2): %3 ready, %4 with warnings, %5 skipped, %6 request(s)</source>
        <translation>== %1 (%2): %3 listas, %4 con advertencias, %5 omitidas, %6 solicitud(es)</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>  %1: %2, match quality %3 (%4)</source>
        <translation>  %1: %2, calidad de coincidencia %3 (%4)</translation>
    </message>
    <message>
        <source>Platform ids, comma-separated: meta, google_ads, ga4, tiktok …</source>
        <translation>ID de plataformas, separados por comas: meta, google_ads, ga4, tiktok …</translation>
    </message>
    <message>
        <source>ID[,ID...]</source>
        <translation>ID[,ID...]</translation>
    </message>
    <message>
        <source>Canonical events (JSON Lines or an array; - is stdin), each taken as a conversion of its own standard name.</source>
        <translation>Eventos canónicos (JSON Lines o un array; - es stdin), cada uno tratado como una conversión de su propio nombre estándar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A stored conversion.</source>
        <translation>Una conversión guardada.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The conversions of a stored rule.</source>
        <translation>Las conversiones de una regla guardada.</translation>
    </message>
    <message>
        <source>ISO code that completes national phone numbers, e.g. US.</source>
        <translation>Código ISO que completa los números de teléfono nacionales, p. ej., US.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Connection settings (JSON): ids, test event code, event name overrides.</source>
        <translation>Ajustes de conexión (JSON): ID, código de evento de prueba, nombres de evento personalizados.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>Print a JSON array with one object per platform.</source>
        <translation>Imprimir un array JSON con un objeto por plataforma.</translation>
    </message>
    <message>
        <source>The time the event-age windows are measured from (default: the current time).</source>
        <translation>El momento desde el que se miden las ventanas de antigüedad de los eventos (predeterminado: la hora actual).</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Builds the exact requests each platform would receive, with a verdict per conversion (ready, warning or skipped, and why) and a match-quality estimate. Nothing is sent; secrets are masked.</source>
        <translation>Genera las solicitudes exactas que recibiría cada plataforma, con un veredicto por conversión (lista, advertencia u omitida, y el motivo) y una estimación de la calidad de coincidencia. No se envía nada; los secretos se enmascaran.</translation>
    </message>
    <message>
        <source>payload needs --platform, one or more of: %1.</source>
        <translation>payload requiere --platform, una o varias de: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a platform. Known platforms: %2.</source>
        <translation>&apos;%1&apos; no es una plataforma. Plataformas conocidas: %2.</translation>
    </message>
    <message>
        <source>payload needs exactly one of --input FILE, --conversion ID or --rule ID.</source>
        <translation>payload requiere exactamente una de las opciones --input FILE, --conversion ID o --rule ID.</translation>
    </message>
    <message>
        <source>The connection settings are not usable: %1.</source>
        <translation>Los ajustes de conexión no se pueden usar: %1.</translation>
    </message>
    <message>
        <source>--default-country &apos;%1&apos; is not a two-letter ISO code such as US or DE.</source>
        <translation>--default-country &apos;%1&apos; no es un código ISO de dos letras como US o DE.</translation>
    </message>
    <message>
        <source>There is no rule &apos;%1&apos;. See &apos;convstudio rules list&apos;.</source>
        <translation>No existe la regla &apos;%1&apos;. Ver &apos;convstudio rules list&apos;.</translation>
    </message>
    <message>
        <source>Reading the workspace failed: %1</source>
        <translation>Error al leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>There is no conversion &apos;%1&apos;. See &apos;convstudio match&apos;.</source>
        <translation>No existe la conversión &apos;%1&apos;. Ver &apos;convstudio match&apos;.</translation>
    </message>
    <message>
        <source>No events to build payloads for.</source>
        <translation>No hay eventos para los que generar payloads.</translation>
    </message>
    <message>
        <source>The rule has no conversions in this workspace yet.</source>
        <translation>La regla aún no tiene conversiones en este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PayloadsPage</name>
    <message>
        <source>%1 (%2)  ·  %3%4  ·  %5</source>
        <translation>%1 (%2)  ·  %3%4  ·  %5</translation>
    </message>
    <message>
        <source>%1 ready · %2 with warnings · %3 skipped</source>
        <translation>%1 listas · %2 con advertencias · %3 omitidas</translation>
    </message>
    <message>
        <source>(nothing would be sent)</source>
        <translation>(no se enviaría nada)</translation>
    </message>
    <message>
        <source>&amp;Conversion:</source>
        <translation>&amp;Conversión:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the payloads of</source>
        <translation>Comparar los payloads de</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>Importar un CSV…</translation>
    </message>
    <message>
        <source>Preview another platform…</source>
        <translation>Vista previa de otra plataforma…</translation>
    </message>
    <message>
        <source>Stored conversions</source>
        <translation>Conversiones guardadas</translation>
    </message>
    <message>
        <source>Newest events, as conversions</source>
        <translation>Eventos más recientes, como conversiones</translation>
    </message>
    <message>
        <source>Conversions are what your rules produced and what is sent. An event can be previewed as a conversion of its standard name.</source>
        <translation>Las conversiones son lo que produjeron sus reglas y lo que se envía. Un evento se puede previsualizar como una conversión de su nombre estándar.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>No platform is connected yet. The columns below preview a few platforms with placeholder ids; connect one to see exactly what it will receive.</source>
        <translation>Aún no hay ninguna plataforma conectada. Las columnas de abajo muestran algunas plataformas con ids de ejemplo; conecte una para ver exactamente lo que recibirá.</translation>
    </message>
    <message>
        <source>Connect a platform…</source>
        <translation>Conectar una plataforma…</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aún no hay eventos</translation>
    </message>
    <message>
        <source>This page shows, before anything is sent, exactly what Meta, Google, TikTok and the other platforms would receive. Bring in some events first.</source>
        <translation>Esta página muestra, antes de enviar nada, exactamente lo que recibirían Meta, Google, TikTok y las demás plataformas. Primero traiga algunos eventos.</translation>
    </message>
    <message>
        <source>No conversions yet</source>
        <translation>Aún no hay conversiones</translation>
    </message>
    <message>
        <source>Conversions come from your rules: a rule turns events into Purchases, Leads and the like, and those are what the platforms receive. Create a rule on the Conversions page, or preview the newest events as conversions.</source>
        <translation>Las conversiones salen de sus reglas: una regla convierte eventos en compras, leads y similares, y eso es lo que reciben las plataformas. Cree una regla en la página Conversiones o previsualice los eventos más recientes como conversiones.</translation>
    </message>
    <message>
        <source>Create a rule…</source>
        <translation>Crear una regla…</translation>
    </message>
    <message>
        <source>Preview events instead</source>
        <translation>Previsualizar eventos en su lugar</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PinterestAdapter</name>
    <message>
        <source>%1: the Conversions API has no refund event: skipped</source>
        <translation>%1: la Conversions API no tiene evento de reembolso: omitido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Click id (epik)</source>
        <translation>ID de clic (epik)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>IP address and user agent</source>
        <translation>Dirección IP y agente de usuario</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1: needs an e-mail, or an IP address with a user agent: skipped</source>
        <translation>%1: requiere un correo electrónico, o una dirección IP con un agente de usuario: omitido</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PlatformFields</name>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Pixel (dataset) ID</source>
        <translation>ID del píxel (conjunto de datos)</translation>
    </message>
    <message>
        <source>Events Manager → Data sources → your pixel → Settings</source>
        <translation>Administrador de eventos → Orígenes de datos → el píxel → Configuración</translation>
    </message>
    <message>
        <source>Conversions API access token</source>
        <translation>Token de acceso de la Conversions API</translation>
    </message>
    <message>
        <source>Events Manager → your pixel → Settings → Conversions API → Generate access token</source>
        <translation>Administrador de eventos → el píxel → Configuración → Conversions API → Generar token de acceso</translation>
    </message>
    <message>
        <source>Google Ads</source>
        <translation>Google Ads</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Google Ads → the 10-digit number at the top right, without dashes</source>
        <translation>Google Ads → el número de 10 dígitos de la parte superior derecha, sin guiones</translation>
    </message>
    <message>
        <source>Conversion action ID</source>
        <translation>ID de la acción de conversión</translation>
    </message>
    <message>
        <source>Goals → Conversions → Summary → your action → the ctId in the address bar</source>
        <translation>Objetivos → Conversiones → Resumen → la acción → el ctId de la barra de direcciones</translation>
    </message>
    <message>
        <source>OAuth access token (or JSON with access_token and developer_token)</source>
        <translation>Token de acceso OAuth (o JSON con access_token y developer_token)</translation>
    </message>
    <message>
        <source>Tools → API Center for the developer token; OAuth from your Google Cloud project</source>
        <translation>Herramientas → Centro de API para el token de desarrollador; OAuth desde el proyecto de Google Cloud</translation>
    </message>
    <message>
        <source>Google Analytics 4</source>
        <translation>Google Analytics 4</translation>
    </message>
    <message>
        <source>Measurement ID</source>
        <translation>ID de medición</translation>
    </message>
    <message>
        <source>Admin → Data streams → your web stream (G-XXXXXXX)</source>
        <translation>Administrar → Flujos de datos → el flujo web (G-XXXXXXX)</translation>
    </message>
    <message>
        <source>Measurement Protocol API secret</source>
        <translation>Secreto de API de Measurement Protocol</translation>
    </message>
    <message>
        <source>Admin → Data streams → your stream → Measurement Protocol API secrets</source>
        <translation>Administrar → Flujos de datos → el flujo → Secretos de API de Measurement Protocol</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Pixel code</source>
        <translation>Código del píxel</translation>
    </message>
    <message>
        <source>Events Manager → Web events → your pixel → Settings</source>
        <translation>Administrador de eventos → Eventos web → el píxel → Configuración</translation>
    </message>
    <message>
        <source>Events API access token</source>
        <translation>Token de acceso de la Events API</translation>
    </message>
    <message>
        <source>Events Manager → your pixel → Settings → Generate access token</source>
        <translation>Administrador de eventos → el píxel → Configuración → Generar token de acceso</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>Ad account ID</source>
        <translation>ID de la cuenta publicitaria</translation>
    </message>
    <message>
        <source>Ads Manager → Business → the account&apos;s ID under its name</source>
        <translation>Administrador de anuncios → Business → el ID de la cuenta bajo su nombre</translation>
    </message>
    <message>
        <source>Conversion access token</source>
        <translation>Token de acceso de conversiones</translation>
    </message>
    <message>
        <source>Ads → Conversions → Conversion access token</source>
        <translation>Anuncios → Conversiones → Token de acceso de conversiones</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>Pixel ID</source>
        <translation>ID del píxel</translation>
    </message>
    <message>
        <source>Ads Manager → Events Manager → your Pixel</source>
        <translation>Administrador de anuncios → Administrador de eventos → el píxel</translation>
    </message>
    <message>
        <source>Conversions API token</source>
        <translation>Token de la Conversions API</translation>
    </message>
    <message>
        <source>Business Manager → Business Details → Conversions API tokens</source>
        <translation>Business Manager → Detalles de la empresa → Tokens de la Conversions API</translation>
    </message>
    <message>
        <source>Microsoft Advertising</source>
        <translation>Microsoft Advertising</translation>
    </message>
    <message>
        <source>Accounts summary → the manager account&apos;s ID</source>
        <translation>Resumen de cuentas → el ID de la cuenta de administrador</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Accounts summary → the ad account&apos;s ID</source>
        <translation>Resumen de cuentas → el ID de la cuenta publicitaria</translation>
    </message>
    <message>
        <source>Offline conversion goal name</source>
        <translation>Nombre del objetivo de conversión offline</translation>
    </message>
    <message>
        <source>Conversions → Conversion goals → the goal&apos;s name</source>
        <translation>Conversiones → Objetivos de conversión → el nombre del objetivo</translation>
    </message>
    <message>
        <source>OAuth access token (or JSON with developer_token)</source>
        <translation>Token de acceso OAuth (o JSON con developer_token)</translation>
    </message>
    <message>
        <source>Microsoft Advertising developer portal</source>
        <translation>Portal para desarrolladores de Microsoft Advertising</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
    <message>
        <source>Ads Manager → account menu → the ID starting with t2_ or a2_</source>
        <translation>Administrador de anuncios → menú de la cuenta → el ID que empieza por t2_ o a2_</translation>
    </message>
    <message>
        <source>Events Manager → Conversions API → Generate access token</source>
        <translation>Administrador de eventos → Conversions API → Generar token de acceso</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Conversion rule URN</source>
        <translation>URN de la regla de conversión</translation>
    </message>
    <message>
        <source>Campaign Manager → Analyze → Conversion tracking → your conversion (urn:lla:llaPartnerConversion:…)</source>
        <translation>Campaign Manager → Analizar → Seguimiento de conversiones → la conversión (urn:lla:llaPartnerConversion:…)</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>Token de acceso OAuth</translation>
    </message>
    <message>
        <source>LinkedIn developer portal → your app → Auth</source>
        <translation>Portal para desarrolladores de LinkedIn → la app → Auth</translation>
    </message>
    <message>
        <source>Affiliate postback</source>
        <translation>Postback de afiliados</translation>
    </message>
    <message>
        <source>Postback URL template</source>
        <translation>Plantilla de URL de postback</translation>
    </message>
    <message>
        <source>Your tracker&apos;s S2S postback URL with macros such as {click_id}</source>
        <translation>La URL de postback S2S del tracker con macros como {click_id}</translation>
    </message>
    <message>
        <source>No token: secrets stay in the URL</source>
        <translation>Sin token: los secretos permanecen en la URL</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>The address that receives each conversion as JSON</source>
        <translation>La dirección que recibe cada conversión en JSON</translation>
    </message>
    <message>
        <source>Bearer token (optional)</source>
        <translation>Token bearer (opcional)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Google Data Manager</source>
        <translation>Google Data Manager</translation>
    </message>
    <message>
        <source>Operating account ID</source>
        <translation>ID de la cuenta operativa</translation>
    </message>
    <message>
        <source>Your Google Cloud project with the Data Manager API enabled</source>
        <translation>Su proyecto de Google Cloud con la API de Data Manager activada</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PlatformPayloadView</name>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>comando curl</translation>
    </message>
    <message>
        <source>%1 copied (secrets masked)</source>
        <translation>%1 copiado (secretos enmascarados)</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copiar JSON</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Export Google Ads offline file…</source>
        <translation>Exportar archivo offline de Google Ads…</translation>
    </message>
    <message>
        <source>Export file…</source>
        <translation>Exportar archivo…</translation>
    </message>
    <message>
        <source>What would be sent</source>
        <translation>Lo que se enviaría</translation>
    </message>
    <message>
        <source>Match quality (estimate)</source>
        <translation>Calidad de coincidencia (estimación)</translation>
    </message>
    <message>
        <source>What was hashed from what (shown to you only, never sent)</source>
        <translation>Qué se hasheó a partir de qué (solo se muestra aquí, nunca se envía)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>You gave</source>
        <translation>Valor indicado</translation>
    </message>
    <message>
        <source>Normalized</source>
        <translation>Normalizado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Weight %1 of 100</source>
        <translation>Peso %1 de 100</translation>
    </message>
    <message>
        <source>Nothing would be sent to %1 for this conversion.</source>
        <translation>No se enviaría nada a %1 para esta conversión.</translation>
    </message>
    <message>
        <source>A file to upload by hand: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Un archivo para subir manualmente: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(already a SHA-256 hash)</source>
        <translation>(ya es un hash SHA-256)</translation>
    </message>
    <message>
        <source>SHA-256 %1…</source>
        <translation>SHA-256 %1…</translation>
    </message>
    <message>
        <source>in clear: %1</source>
        <translation>en claro: %1</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PostbackAdapter</name>
    <message>
        <source>Network click id (clickid)</source>
        <translation>ID de clic de la red (clickid)</translation>
    </message>
    <message>
        <source>%1: unknown macros left empty: %2</source>
        <translation>%1: macros desconocidas dejadas vacías: %2</translation>
    </message>
    <message>
        <source>%1: no network click id (click_ids.clickid): skipped</source>
        <translation>%1: sin ID de clic de la red (click_ids.clickid): omitido</translation>
    </message>
    <message>
        <source>Affiliate postback</source>
        <translation>Postback de afiliados</translation>
    </message>
</context>
<context>
    <name>ConvStudio::PostbackPresets</name>
    <message>
        <source>Replace the {…} placeholders with your tracker&apos;s own macros.</source>
        <translation>Sustituir los marcadores {…} por las macros propias del tracker.</translation>
    </message>
    <message>
        <source>Everflow: Partner Postbacks → Add, paste as the postback URL. Pass your click id as sub1 in the tracking link.</source>
        <translation>Everflow: Partner Postbacks → Add, pegar como URL de postback. Pasar el ID de clic como sub1 en el enlace de seguimiento.</translation>
    </message>
    <message>
        <source>impact.com: Settings → Action Tracker URLs → Create. Pass your click id as subId1 in the tracking link.</source>
        <translation>impact.com: Settings → Action Tracker URLs → Create. Pasar el ID de clic como subId1 en el enlace de seguimiento.</translation>
    </message>
    <message>
        <source>Voluum: Traffic sources → your source → Traffic source postback URL.</source>
        <translation>Voluum: Traffic sources → la fuente → Traffic source postback URL.</translation>
    </message>
    <message>
        <source>RedTrack: Traffic channels → your channel → Postback URL.</source>
        <translation>RedTrack: Traffic channels → el canal → Postback URL.</translation>
    </message>
    <message>
        <source>TUNE: Offer → Postback → Add a server postback URL. Pass your click id as aff_sub.</source>
        <translation>TUNE: Offer → Postback → Add a server postback URL. Pasar el ID de clic como aff_sub.</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; is not a time with a zone or unix seconds: %2</source>
        <translation>El parámetro &apos;%1&apos; no es una hora con zona horaria ni segundos Unix: %2</translation>
    </message>
    <message>
        <source>Parameter &apos;%1&apos; is not an amount: &apos;%2&apos;.</source>
        <translation>El parámetro &apos;%1&apos; no es un importe: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The postback names no transaction and no click: send txid (or transaction_id, oid) or clickid (or cid, subid, aff_sub).</source>
        <translation>El postback no indica ninguna transacción ni ningún clic: enviar txid (o transaction_id, oid) o clickid (o cid, subid, aff_sub).</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ReconcileCommand</name>
    <message>
        <source>Only orders, sales and refunds at or after this time.</source>
        <translation>Solo pedidos, ventas y reembolsos a partir de este momento (incluido).</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Only orders, sales and refunds before this time.</source>
        <translation>Solo pedidos, ventas y reembolsos anteriores a este momento.</translation>
    </message>
    <message>
        <source>Print the lists and their counts as one JSON object.</source>
        <translation>Imprimir las listas y sus recuentos como un único objeto JSON.</translation>
    </message>
    <message>
        <source>Matches store orders, credited sales and forwarded conversions by order id, then click id, then customer and time, and lists where they disagree.</source>
        <translation>Cruza los pedidos de la tienda, las ventas acreditadas y las conversiones reenviadas por ID de pedido, luego por ID de clic y luego por cliente y hora, y enumera las discrepancias.</translation>
    </message>
    <message>
        <source>Reconciling failed: %1</source>
        <translation>Error en la conciliación: %1</translation>
    </message>
    <message>
        <source>Store orders: %1, credited sales: %2, forwarded conversions: %3.</source>
        <translation>Pedidos de la tienda: %1, ventas acreditadas: %2, conversiones reenviadas: %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::Reconciliation</name>
    <message>
        <source>no amount</source>
        <translation>sin importe</translation>
    </message>
    <message>
        <source>Orders never sent to a connected platform</source>
        <translation>Pedidos nunca enviados a una plataforma conectada</translation>
    </message>
    <message>
        <source>Refunded orders still counted on the platforms</source>
        <translation>Pedidos reembolsados que las plataformas siguen contando</translation>
    </message>
    <message>
        <source>Credited sales with no store order</source>
        <translation>Ventas acreditadas sin pedido en la tienda</translation>
    </message>
    <message>
        <source>Conversions sent twice with different dedup ids</source>
        <translation>Conversiones enviadas dos veces con distintos ID de deduplicación</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>click id</source>
        <translation>ID de clic</translation>
    </message>
    <message>
        <source>customer and time</source>
        <translation>cliente y hora</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) was never sent: no conversion rule matched it.</source>
        <translation>El pedido %1 (%2, %3) nunca se envió: ninguna regla de conversión coincidió con él.</translation>
    </message>
    <message>
        <source>Order %1 (%2) matched the rule &quot;%3&quot;, but no platform was connected to send it to.</source>
        <translation>El pedido %1 (%2) coincidió con la regla &quot;%3&quot;, pero no había ninguna plataforma conectada a la que enviarlo.</translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation>no se registró ningún motivo</translation>
    </message>
    <message>
        <source>Order %1 (%2) was never sent to %3: skipped (%4).</source>
        <translation>El pedido %1 (%2) nunca se envió a %3: omitido (%4).</translation>
    </message>
    <message>
        <source>Order %1 (%2) was never sent to %3: the delivery failed (%4).</source>
        <translation>El pedido %1 (%2) nunca se envió a %3: la entrega falló (%4).</translation>
    </message>
    <message>
        <source>Order %1 (%2) was never sent to %3: the delivery was cancelled.</source>
        <translation>El pedido %1 (%2) nunca se envió a %3: la entrega se canceló.</translation>
    </message>
    <message>
        <source>Order %1 was refunded (%2, %3) after it was sent to %4; %4 still counts it. Queue a correction.</source>
        <translation>El pedido %1 se reembolsó (%2, %3) después de enviarse a %4; %4 todavía lo cuenta. Poner en cola una corrección.</translation>
    </message>
    <message>
        <source>%1 credited a %2 sale (%3, commission %4) on %5</source>
        <translation>%1 acreditó una venta de %2 (%3, comisión %4) el %5</translation>
    </message>
    <message>
        <source>%1, but no store orders are imported to check it against.</source>
        <translation>%1, pero no hay pedidos de la tienda importados con los que contrastarla.</translation>
    </message>
    <message>
        <source>%1 without an order id or click id, and no store order by the same customer within a day.</source>
        <translation>%1 sin id de pedido ni id de clic, y no hay ningún pedido de la tienda del mismo cliente en un plazo de un día.</translation>
    </message>
    <message>
        <source>%1, but no store order has the order id &quot;%2&quot; or the click id &quot;%3&quot;.</source>
        <translation>%1, pero ningún pedido de la tienda tiene el id de pedido &quot;%2&quot; ni el id de clic &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 was sent %n time(s) to %3 with different dedup ids (%4), so %3 counts it more than once. Rules: %5.</source>
        <translation>
            <numerusform>%1 %2 se envió %n vez a %3 con distintos IDs de deduplicación (%4), por lo que %3 lo cuenta más de una vez. Reglas: %5.</numerusform>
            <numerusform>%1 %2 se envió %n veces a %3 con distintos IDs de deduplicación (%4), por lo que %3 lo cuenta más de una vez. Reglas: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>The refund (event %1) is no longer in the workspace.</source>
        <translation>El reembolso (evento %1) ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Correction of %1: order %2 was refunded after it was sent.</source>
        <translation>Corrección de %1: el pedido %2 se reembolsó después de enviarse.</translation>
    </message>
    <message>
        <source>Order %1 was refunded (%2, %3) after it was sent to %4 (%5); %4 still counts it. Queue a correction.</source>
        <translation>El pedido %1 se reembolsó (%2, %3) después de enviarse a %4 (%5); %4 todavía lo cuenta. Ponga una corrección en cola.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ReconciliationListModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Platform or network</source>
        <translation>Plataforma o red</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RedditAdapter</name>
    <message>
        <source>%1: the Conversions API has no refund event: skipped</source>
        <translation>%1: la Conversions API no tiene evento de reembolso: omitido</translation>
    </message>
    <message>
        <source>Click id (rdt_cid)</source>
        <translation>ID de clic (rdt_cid)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>IP address and user agent</source>
        <translation>Dirección IP y user agent</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>%1: no click id, e-mail, phone, external id, or IP address with user agent: skipped</source>
        <translation>%1: sin id de clic, correo electrónico, teléfono, id externo ni dirección IP con user agent: omitido</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RequestLogModel</name>
    <message>
        <source>Sale recorded</source>
        <translation>Venta registrada</translation>
    </message>
    <message>
        <source>Sale status changed</source>
        <translation>Estado de la venta cambiado</translation>
    </message>
    <message>
        <source>Sale reversed, refund recorded</source>
        <translation>Venta revertida, reembolso registrado</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenado</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Ya registrado</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Nada que registrar</translation>
    </message>
    <message>
        <source>Wrong or missing token</source>
        <translation>Token incorrecto o ausente</translation>
    </message>
    <message>
        <source>Signature does not match</source>
        <translation>La firma no coincide</translation>
    </message>
    <message>
        <source>Signature too old</source>
        <translation>Firma demasiado antigua</translation>
    </message>
    <message>
        <source>Signing secret not set</source>
        <translation>Secreto de firma no configurado</translation>
    </message>
    <message>
        <source>Too large</source>
        <translation>Demasiado grande</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>Unknown address</source>
        <translation>Dirección desconocida</translation>
    </message>
    <message>
        <source>Wrong method</source>
        <translation>Método incorrecto</translation>
    </message>
    <message>
        <source>Workspace busy, not stored</source>
        <translation>Espacio de trabajo ocupado, no almacenado</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>%1 from %2 at %3</source>
        <translation>%1 desde %2 a las %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ResponseClassifier</name>
    <message numerus="yes">
        <source>Older than %1 accepts (%n day(s)); not sent.</source>
        <translation>
            <numerusform>Más antiguo de lo que acepta %1 (%n día); no enviado.</numerusform>
            <numerusform>Más antiguo de lo que acepta %1 (%n días); no enviado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Abandonado tras %n intento: %1</numerusform>
            <numerusform>Abandonado tras %n intentos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta: %1 (code %2)</source>
        <translation>Meta: %1 (código %2)</translation>
    </message>
    <message>
        <source>TikTok: %1 (code %2)</source>
        <translation>TikTok: %1 (código %2)</translation>
    </message>
    <message>
        <source>Google Ads: %1</source>
        <translation>Google Ads: %1</translation>
    </message>
    <message>
        <source>Pinterest: %1</source>
        <translation>Pinterest: %1</translation>
    </message>
    <message>
        <source>Microsoft: %1</source>
        <translation>Microsoft: %1</translation>
    </message>
    <message>
        <source>No answer in time (timeout).</source>
        <translation>Sin respuesta a tiempo (tiempo de espera agotado).</translation>
    </message>
    <message>
        <source>The connection was reset.</source>
        <translation>Se restableció la conexión.</translation>
    </message>
    <message>
        <source>The platform could not be reached.</source>
        <translation>No se pudo acceder a la plataforma.</translation>
    </message>
    <message>
        <source>TikTok gave an unreadable answer; it will be sent again.</source>
        <translation>TikTok devolvió una respuesta ilegible; se volverá a enviar.</translation>
    </message>
    <message>
        <source>%1 refused the credentials (HTTP 401): %2</source>
        <translation>%1 rechazó las credenciales (HTTP 401): %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2): %3</source>
        <translation>%1 rechazó la solicitud (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Meta gave an unreadable answer; it will be sent again.</source>
        <translation>Meta devolvió una respuesta ilegible; se volverá a enviar.</translation>
    </message>
    <message>
        <source>GA4: %1</source>
        <translation>GA4: %1</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleBuilderWidget</name>
    <message>
        <source>Change group</source>
        <translation>Cambiar grupo</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Eliminar condición</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Mover condición</translation>
    </message>
    <message>
        <source>Change field</source>
        <translation>Cambiar campo</translation>
    </message>
    <message>
        <source>Change operator</source>
        <translation>Cambiar operador</translation>
    </message>
    <message>
        <source>Change value</source>
        <translation>Cambiar valor</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>e.g. Returning customer, order over 100</source>
        <translation>p. ej., Cliente recurrente, pedido superior a 100</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The standard conversion the platforms receive (Purchase, Lead …), or a name of your own</source>
        <translation>La conversión estándar que reciben las plataformas (Purchase, Lead …) o un nombre propio</translation>
    </message>
    <message>
        <source>Change conversion</source>
        <translation>Cambiar conversión</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Cuenta como</translation>
    </message>
    <message>
        <source>Step 1: an event where</source>
        <translation>Paso 1: un evento en el que</translation>
    </message>
    <message>
        <source>Step %1: then a later event of the same person where</source>
        <translation>Paso %1: luego un evento posterior de la misma persona en el que</translation>
    </message>
    <message>
        <source>Count an event as a conversion when</source>
        <translation>Contar un evento como conversión cuando</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Eliminar paso %1</translation>
    </message>
    <message>
        <source>+ Then another event (sequence)</source>
        <translation>+ Luego otro evento (secuencia)</translation>
    </message>
    <message>
        <source>E.g. a Lead, then a Purchase by the same customer within 30 days</source>
        <translation>P. ej., un Lead y luego un Purchase del mismo cliente en un plazo de 30 días</translation>
    </message>
    <message>
        <source>What is sent</source>
        <translation>Qué se envía</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Change window</source>
        <translation>Cambiar ventana de tiempo</translation>
    </message>
    <message>
        <source>All steps within</source>
        <translation>Todos los pasos en un plazo de</translation>
    </message>
    <message>
        <source>the same customer</source>
        <translation>el mismo cliente</translation>
    </message>
    <message>
        <source>the same click id</source>
        <translation>el mismo id de clic</translation>
    </message>
    <message>
        <source>the same order id</source>
        <translation>el mismo id de pedido</translation>
    </message>
    <message>
        <source>Change join</source>
        <translation>Cambiar vinculación</translation>
    </message>
    <message>
        <source>Steps belong together by</source>
        <translation>Los pasos se vinculan por</translation>
    </message>
    <message>
        <source>the event&apos;s value</source>
        <translation>el valor del evento</translation>
    </message>
    <message>
        <source>step %1&apos;s value</source>
        <translation>el valor del paso %1</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>un valor fijo</translation>
    </message>
    <message>
        <source>Multiply, e.g. 0.3 to send a margin instead of revenue</source>
        <translation>Multiplicar, p. ej., por 0,3 para enviar un margen en lugar de los ingresos</translation>
    </message>
    <message>
        <source>Change value rule</source>
        <translation>Cambiar regla de valor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>the event&apos;s currency</source>
        <translation>la moneda del evento</translation>
    </message>
    <message>
        <source>Change currency</source>
        <translation>Cambiar moneda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>every match counts</source>
        <translation>cuenta cada coincidencia</translation>
    </message>
    <message>
        <source>once per order</source>
        <translation>una vez por pedido</translation>
    </message>
    <message>
        <source>once per customer per</source>
        <translation>una vez por cliente cada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>en total</translation>
    </message>
    <message>
        <source>Change dedupe</source>
        <translation>Cambiar deduplicación</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contar</translation>
    </message>
    <message>
        <source>every connected platform</source>
        <translation>todas las plataformas conectadas</translation>
    </message>
    <message>
        <source>Change platforms</source>
        <translation>Cambiar plataformas</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleEvaluator</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>the event has no customer (no external id, e-mail or phone), so &quot;%1&quot; is unknown; the rule wants it %2</source>
        <translation>el evento no tiene cliente (ni id externo, ni correo electrónico, ni teléfono), así que &quot;%1&quot; es desconocido; la regla requiere: %2</translation>
    </message>
    <message>
        <source>%1 is missing; the rule wants it %2</source>
        <translation>falta %1; la regla requiere: %2</translation>
    </message>
    <message>
        <source>%1 is %2; the rule wants it %3</source>
        <translation>%1 es %2; la regla requiere: %3</translation>
    </message>
    <message>
        <source>an empty &quot;any of&quot; group never matches</source>
        <translation>un grupo &quot;cualquiera de&quot; vacío nunca coincide</translation>
    </message>
    <message>
        <source>none of the alternatives holds, e.g. %1</source>
        <translation>no se cumple ninguna de las alternativas, p. ej., %1</translation>
    </message>
    <message>
        <source>it matches an exclusion: %1</source>
        <translation>coincide con una exclusión: %1</translation>
    </message>
    <message>
        <source>a group of conditions</source>
        <translation>un grupo de condiciones</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (it is %2)</source>
        <translation>%1 (es %2)</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>paso %1: %2</translation>
    </message>
    <message>
        <source>customer returning, order %1</source>
        <translation>cliente recurrente, pedido %1</translation>
    </message>
    <message>
        <source>new customer</source>
        <translation>cliente nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>con %n día de diferencia</numerusform>
            <numerusform>con %n días de diferencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) apart</source>
        <translation>
            <numerusform>con %n hora de diferencia</numerusform>
            <numerusform>con %n horas de diferencia</numerusform>
        </translation>
    </message>
    <message>
        <source>No such event.</source>
        <translation>No existe ese evento.</translation>
    </message>
    <message>
        <source>It cannot complete the sequence (step %1): %2</source>
        <translation>No puede completar la secuencia (paso %1): %2</translation>
    </message>
    <message>
        <source>It does not match: %1</source>
        <translation>No coincide: %1</translation>
    </message>
    <message>
        <source>It matches: %1</source>
        <translation>Coincide: %1</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>click id</source>
        <translation>id de clic</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>id de pedido</translation>
    </message>
    <message>
        <source>It matches the last step, but it has no %1 to join the earlier steps on.</source>
        <translation>Coincide con el último paso, pero no tiene %1 para vincularlo con los pasos anteriores.</translation>
    </message>
    <message>
        <source>It matches step %1, but no earlier event of the same %2 matches step %3.</source>
        <translation>Coincide con el paso %1, pero ningún evento anterior del mismo %2 coincide con el paso %3.</translation>
    </message>
    <message numerus="yes">
        <source>It completes the sequence, but step 1 (%1) is %n day(s) earlier, more than the %2 allowed.</source>
        <translation>
            <numerusform>Completa la secuencia, pero el paso 1 (%1) ocurrió %n día antes, más que los %2 permitidos.</numerusform>
            <numerusform>Completa la secuencia, pero el paso 1 (%1) ocurrió %n días antes, más que los %2 permitidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>It matches, but an earlier conversion for order %1 was counted (dedupe by order).</source>
        <translation>Coincide, pero ya se contó una conversión anterior para el pedido %1 (deduplicación por pedido).</translation>
    </message>
    <message>
        <source>It matches, but this customer already has an earlier conversion (dedupe by customer).</source>
        <translation>Coincide, pero este cliente ya tiene una conversión anterior (deduplicación por cliente).</translation>
    </message>
    <message>
        <source>It matches, but this customer had a conversion less than %1 before (dedupe by customer).</source>
        <translation>Coincide, pero este cliente tuvo una conversión hace menos de %1 (deduplicación por cliente).</translation>
    </message>
    <message>
        <source>It matches the conditions but produces no conversion.</source>
        <translation>Cumple las condiciones, pero no genera ninguna conversión.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleFields</name>
    <message>
        <source>Event name (as captured)</source>
        <translation>Nombre del evento (tal como se capturó)</translation>
    </message>
    <message>
        <source>Standard event</source>
        <translation>Evento estándar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Dónde ocurrió</translation>
    </message>
    <message>
        <source>Page URL</source>
        <translation>URL de la página</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Weekday (1 = Monday)</source>
        <translation>Día de la semana (1 = lunes)</translation>
    </message>
    <message>
        <source>Number of line items</source>
        <translation>Número de líneas de pedido</translation>
    </message>
    <message>
        <source>Total quantity</source>
        <translation>Cantidad total</translation>
    </message>
    <message>
        <source>Customer is returning</source>
        <translation>El cliente es recurrente</translation>
    </message>
    <message>
        <source>Customer&apos;s order number</source>
        <translation>Número de pedido del cliente</translation>
    </message>
    <message>
        <source>Customer&apos;s earlier spend</source>
        <translation>Gasto anterior del cliente</translation>
    </message>
    <message>
        <source>Days since first seen</source>
        <translation>Días desde el primer contacto</translation>
    </message>
    <message>
        <source>Customer&apos;s earlier events</source>
        <translation>Eventos anteriores del cliente</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Click ID %1</source>
        <translation>ID de clic %1</translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation>Atributo %1</translation>
    </message>
    <message>
        <source>Any item&apos;s %1</source>
        <translation>%1 de cualquier artículo</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>no contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>termina en</translation>
    </message>
    <message>
        <source>matches pattern</source>
        <translation>coincide con el patrón</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>es al menos</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menor que</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>es como máximo</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>está entre</translation>
    </message>
    <message>
        <source>is present</source>
        <translation>está presente</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleJson</name>
    <message>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>expected an object: a condition {&quot;field&quot;, &quot;op&quot;, &quot;value&quot;} or a group {&quot;all&quot;|&quot;any&quot;|&quot;none&quot;: [...]}, found %1</source>
        <translation>se esperaba un objeto: una condición {&quot;field&quot;, &quot;op&quot;, &quot;value&quot;} o un grupo {&quot;all&quot;|&quot;any&quot;|&quot;none&quot;: [...]}, se encontró %1</translation>
    </message>
    <message>
        <source>expected a list of conditions, found %1</source>
        <translation>se esperaba una lista de condiciones, se encontró %1</translation>
    </message>
    <message>
        <source>expected &quot;field&quot; (a condition) or &quot;all&quot;, &quot;any&quot;, &quot;none&quot; (a group)</source>
        <translation>se esperaba &quot;field&quot; (una condición) o &quot;all&quot;, &quot;any&quot;, &quot;none&quot; (un grupo)</translation>
    </message>
    <message>
        <source>expected the field name as text, found %1</source>
        <translation>se esperaba el nombre del campo como texto, se encontró %1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; expected one of %2</source>
        <translation>campo desconocido &quot;%1&quot;; se esperaba uno de %2</translation>
    </message>
    <message>
        <source>expected an operator, one of %1</source>
        <translation>se esperaba un operador, uno de %1</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; expected one of %2</source>
        <translation>operador desconocido &quot;%1&quot;; se esperaba uno de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value</source>
        <translation>&quot;%1&quot; necesita un valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a list, found %2</source>
        <translation>&quot;%1&quot; necesita una lista, se encontró %2</translation>
    </message>
    <message>
        <source>&quot;between&quot; needs a list of two values [low, high]</source>
        <translation>&quot;between&quot; necesita una lista de dos valores [low, high]</translation>
    </message>
    <message>
        <source>expected text, a number or yes/no, found %1</source>
        <translation>se esperaba texto, un número o sí/no, se encontró %1</translation>
    </message>
    <message>
        <source>a regular expression must be text</source>
        <translation>una expresión regular debe ser texto</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>no es una expresión regular válida: %1</translation>
    </message>
    <message>
        <source>expected a rule object, found %1</source>
        <translation>se esperaba un objeto de regla, se encontró %1</translation>
    </message>
    <message>
        <source>missing; expected text</source>
        <translation>falta; se esperaba texto</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>se esperaba texto, se encontró %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <source>missing; expected a list of steps, each {&quot;match&quot;: ...}</source>
        <translation>falta; se esperaba una lista de pasos, cada uno {&quot;match&quot;: ...}</translation>
    </message>
    <message>
        <source>expected a list of at least one step, found %1</source>
        <translation>se esperaba una lista de al menos un paso, se encontró %1</translation>
    </message>
    <message>
        <source>expected an object with &quot;match&quot;</source>
        <translation>se esperaba un objeto con &quot;match&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; expected a number and a unit, such as 90m, 48h or 30d</source>
        <translation>&quot;%1&quot; no es una duración; se esperaba un número y una unidad, como 90m, 48h o 30d</translation>
    </message>
    <message>
        <source>unknown join &quot;%1&quot;; expected customer, click_id or order_id</source>
        <translation>vinculación desconocida &quot;%1&quot;; se esperaba customer, click_id u order_id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO currency code such as USD or EUR</source>
        <translation>&quot;%1&quot; no es un código de moneda ISO como USD o EUR</translation>
    </message>
    <message>
        <source>expected {&quot;by&quot;: &quot;order_id&quot;} or {&quot;by&quot;: &quot;customer&quot;, &quot;per&quot;: &quot;30d&quot;}</source>
        <translation>se esperaba {&quot;by&quot;: &quot;order_id&quot;} o {&quot;by&quot;: &quot;customer&quot;, &quot;per&quot;: &quot;30d&quot;}</translation>
    </message>
    <message>
        <source>expected a duration such as 30d</source>
        <translation>se esperaba una duración como 30d</translation>
    </message>
    <message>
        <source>expected &quot;order_id&quot; or &quot;customer&quot;</source>
        <translation>se esperaba &quot;order_id&quot; o &quot;customer&quot;</translation>
    </message>
    <message>
        <source>expected a list of platform ids such as [&quot;meta&quot;, &quot;google_ads&quot;]</source>
        <translation>se esperaba una lista de ids de plataforma como [&quot;meta&quot;, &quot;google_ads&quot;]</translation>
    </message>
    <message>
        <source>expected a platform id as text</source>
        <translation>se esperaba un id de plataforma como texto</translation>
    </message>
    <message>
        <source>expected {&quot;from&quot;: &quot;event&quot;}, {&quot;from&quot;: &quot;step&quot;, &quot;step&quot;: 1} or {&quot;fixed&quot;: 25}</source>
        <translation>se esperaba {&quot;from&quot;: &quot;event&quot;}, {&quot;from&quot;: &quot;step&quot;, &quot;step&quot;: 1} o {&quot;fixed&quot;: 25}</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>se esperaba un número, se encontró %1</translation>
    </message>
    <message>
        <source>expected a step number from 1 to %1</source>
        <translation>se esperaba un número de paso de 1 a %1</translation>
    </message>
    <message>
        <source>expected &quot;event&quot; or &quot;step&quot;</source>
        <translation>se esperaba &quot;event&quot; o &quot;step&quot;</translation>
    </message>
    <message>
        <source>not valid JSON (byte %1)</source>
        <translation>no es un JSON válido (byte %1)</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleListModel</name>
    <message numerus="yes">
        <source>Produces &quot;%1&quot;; %n conversion(s) stored%2</source>
        <translation>
            <numerusform>Genera &quot;%1&quot;; %n conversión almacenada%2</numerusform>
            <numerusform>Genera &quot;%1&quot;; %n conversiones almacenadas%2</numerusform>
        </translation>
    </message>
    <message>
        <source> (off: new events are not evaluated)</source>
        <translation> (desactivada: los eventos nuevos no se evalúan)</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RulePreviewPanel</name>
    <message>
        <source>What would match</source>
        <translation>Qué coincidiría</translation>
    </message>
    <message>
        <source>Latest matches</source>
        <translation>Últimas coincidencias</translation>
    </message>
    <message>
        <source>Why (not)?</source>
        <translation>¿Por qué (no)?</translation>
    </message>
    <message>
        <source>An event ID, e.g. shopify-#1042</source>
        <translation>Un ID de evento, p. ej., shopify-#1042</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Pick a sample above or type the ID of any event to see why it does or does not match.</source>
        <translation>Elegir un ejemplo arriba o escribir el ID de cualquier evento para ver por qué coincide o no.</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s events…</source>
        <translation>Leyendo los eventos del espacio de trabajo…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>conversion(s) over %1 events in this workspace</source>
        <translation>
            <numerusform>conversión en %1 eventos de este espacio de trabajo</numerusform>
            <numerusform>conversiones en %1 eventos de este espacio de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches per day</source>
        <translation>Coincidencias por día</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RulePreviewer</name>
    <message>
        <source>The events are still loading.</source>
        <translation>Los eventos todavía se están cargando.</translation>
    </message>
    <message>
        <source>There is no event with the id &quot;%1&quot;.</source>
        <translation>No hay ningún evento con el id &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleRepository</name>
    <message>
        <source>There is no rule &quot;%1&quot;.</source>
        <translation>No existe la regla &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleService</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>El espacio de trabajo no está abierto.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RuleTemplates</name>
    <message>
        <source>Purchase over 100</source>
        <translation>Purchase superior a 100</translation>
    </message>
    <message>
        <source>Purchase over a value</source>
        <translation>Purchase superior a un valor</translation>
    </message>
    <message>
        <source>Orders above a threshold you choose.</source>
        <translation>Pedidos por encima de un umbral a elegir.</translation>
    </message>
    <message>
        <source>Returning customer purchase</source>
        <translation>Compra de cliente recurrente</translation>
    </message>
    <message>
        <source>Orders from customers who bought before.</source>
        <translation>Pedidos de clientes que ya compraron antes.</translation>
    </message>
    <message>
        <source>Lead, then Purchase within 30 days</source>
        <translation>Lead y luego Purchase en un plazo de 30 días</translation>
    </message>
    <message>
        <source>Purchases by people who became a lead in the 30 days before.</source>
        <translation>Compras de personas que se convirtieron en lead en los 30 días anteriores.</translation>
    </message>
    <message>
        <source>Approved affiliate sale</source>
        <translation>Venta de afiliado aprobada</translation>
    </message>
    <message>
        <source>Sales an affiliate network approved, once per order.</source>
        <translation>Ventas aprobadas por una red de afiliados, una vez por pedido.</translation>
    </message>
    <message>
        <source>Lead from a paid click</source>
        <translation>Lead de un clic de pago</translation>
    </message>
    <message>
        <source>Leads that arrived with an ad click id (Google, Meta, TikTok, Microsoft, LinkedIn).</source>
        <translation>Leads que llegaron con un id de clic de anuncio (Google, Meta, TikTok, Microsoft, LinkedIn).</translation>
    </message>
</context>
<context>
    <name>ConvStudio::RulesCommand</name>
    <message>
        <source>Usage: convstudio rules add FILE.json [--json]
       convstudio rules list [--json]
       convstudio rules export [ID]
       convstudio rules remove ID

Manage conversion rules (the format is described in rule-format.md).
</source>
        <translation>Uso: convstudio rules add FILE.json [--json]
     convstudio rules list [--json]
     convstudio rules export [ID]
     convstudio rules remove ID

Gestionar las reglas de conversión (el formato se describe en rule-format.md).
</translation>
    </message>
    <message>
        <source>&apos;rules %1&apos; is not a command. Try &apos;convstudio rules --help&apos;.</source>
        <translation>&apos;rules %1&apos; no es un comando. Probar con &apos;convstudio rules --help&apos;.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Imprimir el resultado como un único objeto JSON.</translation>
    </message>
    <message>
        <source>A rule file (JSON).</source>
        <translation>Un archivo de regla (JSON).</translation>
    </message>
    <message>
        <source>Adds the rule, or replaces the rule with the same id, evaluates it over the workspace and stores its conversions. Prints the rule&apos;s id.</source>
        <translation>Añade la regla, o reemplaza la regla con el mismo id, la evalúa sobre el espacio de trabajo y almacena sus conversiones. Imprime el id de la regla.</translation>
    </message>
    <message>
        <source>rules add needs exactly one rule file.</source>
        <translation>rules add necesita exactamente un archivo de regla.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid rule: %2</source>
        <translation>%1 no es una regla válida: %2</translation>
    </message>
    <message>
        <source>Storing the rule failed: %1</source>
        <translation>Error al almacenar la regla: %1</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Imprimir un único array JSON.</translation>
    </message>
    <message>
        <source>Lists the rules with their stored conversion counts.</source>
        <translation>Enumera las reglas con su número de conversiones almacenadas.</translation>
    </message>
    <message>
        <source>Listing rules failed: %1</source>
        <translation>Error al enumerar las reglas: %1</translation>
    </message>
    <message>
        <source>No rules yet. Add one with &apos;convstudio rules add FILE.json&apos;.</source>
        <translation>Todavía no hay reglas. Añadir una con &apos;convstudio rules add FILE.json&apos;.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message numerus="yes">
        <source>%n conversion(s)</source>
        <translation>
            <numerusform>%n conversión</numerusform>
            <numerusform>%n conversiones</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule to export; all rules as an array without it.</source>
        <translation>La regla que se exporta; sin ella, todas las reglas como un array.</translation>
    </message>
    <message>
        <source>Prints rules as JSON (the rule file format).</source>
        <translation>Imprime las reglas como JSON (el formato de archivo de regla).</translation>
    </message>
    <message>
        <source>rules export takes at most one rule id.</source>
        <translation>rules export admite como máximo un id de regla.</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;. &apos;convstudio rules list&apos; shows the ids.</source>
        <translation>No existe la regla &quot;%1&quot;. &apos;convstudio rules list&apos; muestra los ids.</translation>
    </message>
    <message>
        <source>The rule to remove.</source>
        <translation>La regla que se elimina.</translation>
    </message>
    <message>
        <source>Removes a rule and the conversions it produced.</source>
        <translation>Elimina una regla y las conversiones que generó.</translation>
    </message>
    <message>
        <source>rules remove needs exactly one rule id.</source>
        <translation>rules remove necesita exactamente un id de regla.</translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;.</source>
        <translation>No existe la regla &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removing the rule failed: %1</source>
        <translation>Error al eliminar la regla: %1</translation>
    </message>
    <message>
        <source>Removed rule %1.</source>
        <translation>Regla %1 eliminada.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SalesCommand</name>
    <message>
        <source>Usage: convstudio sales summary [--by network|program|sub_id|status|day|week|month] [--since ISO] [--until ISO] [--json]

Credited sales from postbacks and affiliate imports: count, sale amount and commission per group and currency.
</source>
        <translation>Uso: convstudio sales summary [--by network|program|sub_id|status|day|week|month] [--since ISO] [--until ISO] [--json]

Ventas acreditadas de postbacks e importaciones de afiliados: número, importe de venta y comisión por grupo y moneda.
</translation>
    </message>
    <message>
        <source>&apos;sales %1&apos; is not a command. Try &apos;convstudio sales --help&apos;.</source>
        <translation>&apos;sales %1&apos; no es un comando. Probar con &apos;convstudio sales --help&apos;.</translation>
    </message>
    <message>
        <source>Group by network, program (or offer), sub_id (or campaign), status, day, week or month.</source>
        <translation>Agrupar por network (red), program (programa u oferta), sub_id (o campaña), status (estado), day (día), week (semana) o month (mes).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Only sales at or after this time.</source>
        <translation>Solo ventas en este momento o posteriores.</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Only sales before this time.</source>
        <translation>Solo ventas anteriores a este momento.</translation>
    </message>
    <message>
        <source>Print {&quot;groups&quot;: [...]} as one JSON object.</source>
        <translation>Imprimir {&quot;groups&quot;: [...]} como un único objeto JSON.</translation>
    </message>
    <message>
        <source>Sums the credited sales per group and currency. Corrections and reversals subtract; money is never summed across currencies. Days, weeks and months are cut in the local time zone.</source>
        <translation>Suma las ventas acreditadas por grupo y moneda. Las correcciones y reversiones se restan; el dinero nunca se suma entre monedas distintas. Los días, semanas y meses se delimitan según la zona horaria local.</translation>
    </message>
    <message>
        <source>--by &apos;%1&apos; is not one of network, program, sub_id, status, day, week, month.</source>
        <translation>--by &apos;%1&apos; no es uno de network, program, sub_id, status, day, week, month.</translation>
    </message>
    <message>
        <source>Summing the credited sales failed: %1</source>
        <translation>Error al sumar las ventas acreditadas: %1</translation>
    </message>
    <message>
        <source>No credited sales in this range. Import an affiliate report (ClickBank, Impact, CJ, Awin …) or receive postbacks with &apos;convstudio serve&apos;.</source>
        <translation>No hay ventas acreditadas en este periodo. Importar un informe de afiliados (ClickBank, Impact, CJ, Awin …) o recibir postbacks con &apos;convstudio serve&apos;.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5</source>
        <translation>%1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Sale amount</source>
        <translation>Importe de venta</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SalesPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save this table as a CSV file</source>
        <translation>Guardar esta tabla como archivo CSV</translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation>Guardar como PNG o SVG…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Stacked by status</source>
        <translation>Apilado por estado</translation>
    </message>
    <message>
        <source>Stacked by network</source>
        <translation>Apilado por red</translation>
    </message>
    <message>
        <source>Group by network</source>
        <translation>Agrupar por red</translation>
    </message>
    <message>
        <source>Group by program or offer</source>
        <translation>Agrupar por programa u oferta</translation>
    </message>
    <message>
        <source>Group by sub-id or campaign</source>
        <translation>Agrupar por sub-id o campaña</translation>
    </message>
    <message>
        <source>Group by status</source>
        <translation>Agrupar por estado</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Sale amount</source>
        <translation>Importe de venta</translation>
    </message>
    <message>
        <source>Charts show one currency: money is never summed across currencies</source>
        <translation>Los gráficos muestran una sola moneda: el dinero nunca se suma entre monedas distintas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Queue corrections</source>
        <translation>Poner correcciones en cola</translation>
    </message>
    <message>
        <source>Store orders (Shopify, WooCommerce, Stripe …) that no connected platform received, and why: no rule matched, a platform skipped them, or sending failed.</source>
        <translation>Pedidos de la tienda (Shopify, WooCommerce, Stripe …) que no recibió ninguna plataforma conectada, y por qué: ninguna regla coincidió, una plataforma los omitió o el envío falló.</translation>
    </message>
    <message>
        <source>Orders refunded after they were sent: the platforms still count them. Queue corrections sends Google adjustments, refunds, or a reversal postback where the platform supports one.</source>
        <translation>Pedidos reembolsados después de enviarse: las plataformas todavía los cuentan. «Poner correcciones en cola» envía ajustes de Google, reembolsos o un postback de reversión cuando la plataforma lo admite.</translation>
    </message>
    <message>
        <source>Sales a network credited with no store order behind them (matched by order id, then click id, then the same customer within a day).</source>
        <translation>Ventas que una red acreditó sin un pedido de la tienda detrás (emparejadas por id de pedido, luego por id de clic y luego por el mismo cliente en un plazo de un día).</translation>
    </message>
    <message>
        <source>The same order sent twice to one platform with different dedup ids: the platform counts it twice.</source>
        <translation>El mismo pedido se envió dos veces a una plataforma con distintos IDs de deduplicación: la plataforma lo cuenta dos veces.</translation>
    </message>
    <message>
        <source>The sales could not be read: %1</source>
        <translation>No se pudieron leer las ventas: %1</translation>
    </message>
    <message>
        <source>No credited sales in this range. Receive postbacks (Listener), import an affiliate report (ClickBank, Impact, CJ, Awin …) with Ctrl+I, or choose All time.</source>
        <translation>No hay ventas acreditadas en este periodo. Recibir postbacks (Listener), importar un informe de afiliados (ClickBank, Impact, CJ, Awin …) con Ctrl+I o elegir «Todo el periodo».</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In this range: %1 store orders, %2 credited sales, %3 conversions sent to a platform. Matched by order id, then click id, then customer and time.</source>
        <translation>En este periodo: %1 pedidos de la tienda, %2 ventas acreditadas, %3 conversiones enviadas a una plataforma. Emparejado por id de pedido, luego por id de clic y luego por cliente y hora.</translation>
    </message>
    <message>
        <source>%1 over time (%2)</source>
        <translation>%1 a lo largo del tiempo (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 por %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;: no credited sales yet.</source>
        <translation>&lt;b&gt;Hoy&lt;/b&gt;: todavía no hay ventas acreditadas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&apos;s commission&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Comisión de hoy&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1, %2 = %3</source>
        <translation>%1, %2 = %3</translation>
    </message>
    <message>
        <source>Queueing the corrections failed: %1</source>
        <translation>Error al poner en cola las correcciones: %1</translation>
    </message>
    <message>
        <source>No platform is set up to send corrections from here.</source>
        <translation>Ninguna plataforma está configurada para enviar correcciones desde aquí.</translation>
    </message>
    <message>
        <source>Corrections: %1 queued, %2 skipped by the platform (see Deliveries), %3 queued before.</source>
        <translation>Correcciones: %1 en cola, %2 omitidas por la plataforma (ver Entregas), %3 puestas en cola anteriormente.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Click a bar or a row to see its events on the Events page.</source>
        <translation>Haga clic en una barra o una fila para ver sus eventos en la página Eventos.</translation>
    </message>
    <message>
        <source>Credited sales where %1 (%2)</source>
        <translation>Ventas acreditadas con %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SalesSummaryModel</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Program or offer</source>
        <translation>Programa u oferta</translation>
    </message>
    <message>
        <source>Sub-id or campaign</source>
        <translation>Sub-id o campaña</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n correction(s))</source>
        <translation>
            <numerusform>%1 (%n corrección)</numerusform>
            <numerusform>%1 (%n correcciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to see the credited sales behind this row</source>
        <translation>Doble clic para ver las ventas acreditadas de esta fila</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Sale amount</source>
        <translation>Importe de venta</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SampleMatchModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Why it matches</source>
        <translation>Por qué coincide</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SecretStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>El llavero del sistema no respondió.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>No se puede leer el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged.</source>
        <translation>El archivo de secretos %1 está dañado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>No se puede escribir el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>Cannot protect the secrets file %1.</source>
        <translation>No se puede proteger el archivo de secretos %1.</translation>
    </message>
    <message>
        <source>The system keychain refused to give the secret &quot;%1&quot;: %2</source>
        <translation>El llavero del sistema se negó a entregar el secreto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The system keychain did not store the secret &quot;%1&quot;: %2</source>
        <translation>El llavero del sistema no almacenó el secreto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The system keychain did not remove the secret &quot;%1&quot;: %2</source>
        <translation>El llavero del sistema no eliminó el secreto &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SendCommand</name>
    <message>
        <source>Only deliver to this platform.</source>
        <translation>Entregar solo a esta plataforma.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show what is due without sending anything.</source>
        <translation>Mostrar lo pendiente sin enviar nada.</translation>
    </message>
    <message>
        <source>Return when nothing is due (retries scheduled later are left for later).</source>
        <translation>Terminar cuando no haya nada pendiente (los reintentos programados para más tarde se dejan para después).</translation>
    </message>
    <message>
        <source>Print the summary per platform as JSON.</source>
        <translation>Imprimir el resumen por plataforma como JSON.</translation>
    </message>
    <message>
        <source>Delivers the queued conversions to the connected platforms. Without --until-idle it keeps running and delivers new ones as they are queued.</source>
        <translation>Entrega las conversiones en cola a las plataformas conectadas. Sin --until-idle sigue en ejecución y entrega las nuevas a medida que se ponen en cola.</translation>
    </message>
    <message>
        <source>Connection %1 needs a reconnect: %2</source>
        <translation>La conexión %1 necesita volver a conectarse: %2</translation>
    </message>
    <message>
        <source>%1: %2 due to send, %3 waiting to retry, %4 skipped</source>
        <translation>%1: %2 pendientes de envío, %3 esperando reintento, %4 omitidas</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 failed, %4 waiting to retry, %5 skipped</source>
        <translation>%1: %2 enviadas, %3 fallidas, %4 esperando reintento, %5 omitidas</translation>
    </message>
    <message>
        <source>No connections: add one with &apos;convstudio connections add&apos;.</source>
        <translation>No hay conexiones: añadir una con &apos;convstudio connections add&apos;.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::ServeCommand</name>
    <message>
        <source>Listen on port N (default %1; 0 picks a free port).</source>
        <translation>Escuchar en el puerto N (predeterminado %1; 0 elige un puerto libre).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Listen on ADDR (default 127.0.0.1). Any other address is reachable from other computers.</source>
        <translation>Escuchar en ADDR (predeterminado 127.0.0.1). Cualquier otra dirección es accesible desde otros equipos.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADDR</translation>
    </message>
    <message>
        <source>Requests per second one client may send (default %1).</source>
        <translation>Solicitudes por segundo que puede enviar un cliente (predeterminado %1).</translation>
    </message>
    <message>
        <source>Largest request body in bytes (default %1).</source>
        <translation>Tamaño máximo del cuerpo de la solicitud en bytes (predeterminado %1).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>Do not print a line per request.</source>
        <translation>No imprimir una línea por solicitud.</translation>
    </message>
    <message>
        <source>Receives webhooks and affiliate postbacks into the workspace until stopped (Ctrl+C or SIGTERM). Run &apos;convstudio listener token&apos; for the token the URLs need.</source>
        <translation>Recibe webhooks y postbacks de afiliados en el espacio de trabajo hasta que se detiene (Ctrl+C o SIGTERM). Ejecutar &apos;convstudio listener token&apos; para obtener el token que necesitan las URL.</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number (0 to 65535).</source>
        <translation>--port &apos;%1&apos; no es un número de puerto (de 0 a 65535).</translation>
    </message>
    <message>
        <source>--bind &apos;%1&apos; is not an IP address such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>--bind &apos;%1&apos; no es una dirección IP como 127.0.0.1 o 0.0.0.0.</translation>
    </message>
    <message>
        <source>--rate-limit &apos;%1&apos; is not a positive whole number.</source>
        <translation>--rate-limit &apos;%1&apos; no es un número entero positivo.</translation>
    </message>
    <message>
        <source>--max-body &apos;%1&apos; is not a positive number of bytes.</source>
        <translation>--max-body &apos;%1&apos; no es un número positivo de bytes.</translation>
    </message>
    <message>
        <source>Cannot read the listener&apos;s token: %1</source>
        <translation>No se puede leer el token del listener: %1</translation>
    </message>
    <message>
        <source>warning: no system keychain is running; the listener&apos;s secrets are kept in %1 (readable by you only).</source>
        <translation>advertencia: no hay ningún llavero del sistema en ejecución; los secretos del listener se guardan en %1 (legible solo por el usuario actual).</translation>
    </message>
    <message>
        <source>warning: listening on %1, which other computers can reach. Only the token and the signatures protect the workspace; put HTTPS in front of it.</source>
        <translation>advertencia: escuchando en %1, accesible desde otros equipos. Solo el token y las firmas protegen el espacio de trabajo; conviene poner HTTPS delante.</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>No se puede configurar el manejo de señales.</translation>
    </message>
    <message>
        <source>Listening on %1 (workspace %2). Stop with Ctrl+C.</source>
        <translation>Escuchando en %1 (espacio de trabajo %2). Detener con Ctrl+C.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>ConvStudio::SnapchatAdapter</name>
    <message>
        <source>%1: the Conversions API has no refund event: skipped</source>
        <translation>%1: la Conversions API no tiene evento de reembolso: omitido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Click id (sc_click_id)</source>
        <translation>ID de clic (sc_click_id)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>IP address and user agent</source>
        <translation>Dirección IP y user agent</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>%1: no e-mail, phone, click id, or IP address with user agent: skipped</source>
        <translation>%1: sin correo electrónico, teléfono, id de clic ni dirección IP con user agent: omitido</translation>
    </message>
    <message>
        <source>%1: website events should carry the page URL</source>
        <translation>%1: los eventos de sitio web deberían incluir la URL de la página</translation>
    </message>
    <message>
        <source>%1: a purchase without a value and currency is refused by the validator</source>
        <translation>%1: el validador rechaza una compra sin valor ni moneda</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
</context>
<context>
    <name>ConvStudio::TaxonomyRepository</name>
    <message>
        <source>&apos;%1&apos; is not a standard conversion</source>
        <translation>&apos;%1&apos; no es una conversión estándar</translation>
    </message>
</context>
<context>
    <name>ConvStudio::TikTokAdapter</name>
    <message>
        <source>%1: the Events API has no refund event: skipped</source>
        <translation>%1: la Events API no tiene evento de reembolso: omitido</translation>
    </message>
    <message>
        <source>Click id (ttclid)</source>
        <translation>ID de clic (ttclid)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>IP address and user agent</source>
        <translation>Dirección IP y user agent</translation>
    </message>
    <message>
        <source>%1: no e-mail, phone, external id, ttclid, or IP address with user agent: skipped</source>
        <translation>%1: sin correo electrónico, teléfono, id externo, ttclid ni dirección IP con user agent: omitido</translation>
    </message>
    <message>
        <source>%1: events older than 28 days may not be attributed</source>
        <translation>%1: es posible que los eventos de más de 28 días no se atribuyan</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
</context>
<context>
    <name>ConvStudio::WebhookAdapter</name>
    <message>
        <source>Everything in the conversion</source>
        <translation>Todo el contenido de la conversión</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
</context>
<context>
    <name>ConvStudio::WebhookMapping</name>
    <message>
        <source>The Shopify payload is not a JSON object.</source>
        <translation>La carga útil de Shopify no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The Shopify payload has no &apos;id&apos;.</source>
        <translation>La carga útil de Shopify no tiene &apos;id&apos;.</translation>
    </message>
    <message>
        <source>Shopify topic &apos;%1&apos; is not one Conversion Studio records.</source>
        <translation>Conversion Studio no registra el topic de Shopify &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The Stripe payload is not an event (it has no data.object).</source>
        <translation>La carga útil de Stripe no es un evento (no tiene data.object).</translation>
    </message>
    <message>
        <source>The Stripe event has no &apos;id&apos; or &apos;type&apos;.</source>
        <translation>El evento de Stripe no tiene &apos;id&apos; ni &apos;type&apos;.</translation>
    </message>
    <message>
        <source>Stripe event type &apos;%1&apos; is not one Conversion Studio records.</source>
        <translation>Conversion Studio no registra el tipo de evento de Stripe &apos;%1&apos;.</translation>
    </message>
</context>
</TS>
