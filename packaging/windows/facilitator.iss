; Facilitator's Windows installer, made with Inno Setup 6 (https://jrsoftware.org/isinfo.php).
;
; For one user, without administrator rights: installs into
; %LOCALAPPDATA%\Programs\Facilitator, adds a Start menu entry, opens .atelier files
; with Facilitator (keys under HKEY_CURRENT_USER only), and uninstalls from
; Settings > Apps. Built by .github/workflows/build.yml after the one-folder app:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\facilitator.iss
;
; writes dist\Facilitator-0.1.0-windows-setup.exe. Paths are relative to this file.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z packaging\windows\facilitator.iss
#endif
#ifndef AppFolder
  ; the folder build_installer.spec makes (packaging/spec_options.py: Options.folder)
  #define AppFolder "..\..\dist\Facilitator-" + AppVersion
#endif

[Setup]
; The installer's identity for upgrades and uninstall: never change it.
AppId={{6B1F3C2E-8E54-4C1A-9D3B-5A7E2F0C41D8}
AppName=Facilitator
AppVersion={#AppVersion}
AppVerName=Facilitator {#AppVersion}
AppPublisher=Facilitator contributors
; Per-user: no elevation prompt; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Facilitator
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tell Explorer that the .atelier association changed (its icons refresh).
ChangesAssociations=yes
; Close a running Facilitator before replacing its files.
CloseApplications=yes
SetupIconFile=..\..\resources\icons\facilitator.ico
UninstallDisplayIcon={app}\Facilitator.exe
UninstallDisplayName=Facilitator
OutputDir=..\..\dist
OutputBaseFilename=Facilitator-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.WorkshopFile=Atelier Facilitator
english.WorkshopFile=Facilitator workshop

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#AppFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Facilitator"; Filename: "{app}\Facilitator.exe"
Name: "{autodesktop}\Facilitator"; Filename: "{app}\Facilitator.exe"; Tasks: desktopicon

[Registry]
; .atelier opens with Facilitator: a ProgID under the user's own classes.
Root: HKCU; Subkey: "Software\Classes\.atelier"; ValueType: string; ValueName: ""; ValueData: "Facilitator.Atelier"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.atelier"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-facilitator-atelier"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.atelier\OpenWithProgids"; ValueType: string; ValueName: "Facilitator.Atelier"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Facilitator.Atelier"; ValueType: string; ValueName: ""; ValueData: "{cm:WorkshopFile}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Facilitator.Atelier\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Facilitator.exe,0"
Root: HKCU; Subkey: "Software\Classes\Facilitator.Atelier\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Facilitator.exe"" ""%1"""

[Run]
Filename: "{app}\Facilitator.exe"; Description: "{cm:LaunchProgram,Facilitator}"; Flags: nowait postinstall skipifsilent
