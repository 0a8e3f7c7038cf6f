; Inno Setup script of the Windows installer: the one-folder build of
; packaging/facilitator.spec (dist\Facilitator\) installed per user (no administrator
; rights: municipal laptops), a Start-menu entry, and .camp / .campkit / .campbundle
; opened by double-click (the app routes each kind: facilitator/ui/shell/open_files.py).
;
; Built by .github/workflows/build-apps.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\facilitator.iss
; Output: dist\Facilitator-<version>-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Facilitator"
#define AppExe "Facilitator.exe"

[Setup]
AppId={{6C1F2B0E-6A53-4C4B-9E0B-3F1D2A7C9E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Facilitator
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Facilitator-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\facilitator.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\Facilitator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
; File types in the user's own classes (HKCU when installed without administrator
; rights, HKLM otherwise): HKA picks the right one.
Root: HKA; Subkey: "Software\Classes\.camp"; ValueType: string; ValueName: ""; ValueData: "Facilitator.Camp"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Facilitator.Camp"; ValueType: string; ValueName: ""; ValueData: "Facilitator camp"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitator.Camp\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Facilitator.Camp\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.campkit"; ValueType: string; ValueName: ""; ValueData: "Facilitator.Campkit"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Facilitator.Campkit"; ValueType: string; ValueName: ""; ValueData: "Facilitator campkit"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitator.Campkit\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Facilitator.Campkit\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.campbundle"; ValueType: string; ValueName: ""; ValueData: "Facilitator.Campbundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Facilitator.Campbundle"; ValueType: string; ValueName: ""; ValueData: "Facilitator bordpakke"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Facilitator.Campbundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Facilitator.Campbundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".camp"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
